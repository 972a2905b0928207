import { beforeAll, describe, expect, it } from 'vitest';
import { asksFeeling, feelerFeels, feelerTerms, feelingFit, tellsFeeling } from '@/lib/answer/extractive/feeling';
import { questionType } from '@/lib/retrieve/analyze-query';
import { answerType } from '@/lib/answer/extractive/type-cues';
import { terms } from '@/lib/retrieve/tokenize';
import { answerQuestion } from '@/lib/answer/answer-question';
import { loadStore, type Store } from '@/lib/index/load-store';
import { testDataDir } from '../helpers/test-index';
import { askedAfterEvent } from '@/lib/answer/extractive/after-event';

describe('asksFeeling and tellsFeeling', () => {
  it('reads a why-question about a feeling, whatever its word', () => {
    expect(asksFeeling('Why was Mexico annoyed when NORTHCOM was set up?')).toBe(true);
    expect(asksFeeling('why did mexican officials object to the 2013 polygraph tests')).toBe(true);
    expect(asksFeeling('Why are Mexican officers taught to be suspicious of the U.S. military?')).toBe(true);
    expect(asksFeeling('Why did Colombia send troops to Korea?')).toBe(false);
    expect(asksFeeling('Was Mexico annoyed?')).toBe(false);
    expect(asksFeeling("What was Mexico's complaint about the new command?")).toBe(true);
  });

  it('reads "What was X\'s gripe about …" as a why-question, and "worth a …" as no sum of money', () => {
    expect(questionType("What was Mexico's gripe about NORTHCOM?")).toBe('why');
    expect(answerType("What was Mexico's gripe about NORTHCOM?", 'why')).toBe('why');
    expect(questionType('What was the complaint filed in 2010?')).not.toBe('why');
    expect(questionType('What upset Mexico about the way NORTHCOM was set up?')).toBe('why');
    expect(questionType('What upset the balance of power in 1942?')).not.toBe('why');
    expect(answerType('What made the Colombian army worth a large investment?', 'what')).not.toBe('how-many');
    expect(answerType('What was the aid worth in 2000?', 'what')).toBe('how-many');
  });

  it('finds a feeling or a stance in the words the thesis uses for it', () => {
    expect(tellsFeeling('Mexico did not like the United States unilaterally assigning Canada and Mexico to NORTHCOM.')).toBe(true);
    expect(tellsFeeling('This creation would upset the Mexican government because …')).toBe(true);
    expect(tellsFeeling('Mexican officials felt little trust of their U.S. counterparts.')).toBe(true);
    expect(tellsFeeling('In 2002, the United States established NORTHCOM to promote national defense.')).toBe(false);
  });
});

describe('feelerTerms, feelerFeels and feelingFit', () => {
  it('names who the question says felt it', () => {
    expect(feelerTerms('Why was Mexico unhappy when NORTHCOM was created?')).toEqual(['mexico']);
    expect(feelerTerms('Why did many Colombians object to the bases deal?')).toEqual(terms('Colombians'));
    expect(feelerTerms("What was Mexico's gripe about NORTHCOM?")).toEqual(['mexico']);
    expect(feelerTerms('What upset Mexico about the way NORTHCOM was set up?')).toEqual(['mexico']);
    expect(feelerTerms('Why did Colombia send troops to Korea?')).toEqual([]);
  });

  it('tells the feeler feeling it from someone met with it', () => {
    const mexico = ['mexico'];
    expect(feelerFeels('Mexico did not like the United States unilaterally assigning Canada and Mexico to NORTHCOM.', mexico)).toBe(true);
    expect(feelerFeels('The U.S. forces in Mexico faced mounting criticism.', mexico)).toBe(false);
    expect(feelerFeels('The United States did not like it.', mexico)).toBe(false);
    expect(feelerFeels('Mexico established a new command.', mexico)).toBe(false);
  });

  it('scores a sentence by whether the feeler feels it, names the feeler at all, or gives a reason', () => {
    const sentence = (text: string) => ({ text, terms: new Set(terms(text)) });
    const reason = () => 0.5;
    expect(feelingFit(sentence('Mexico did not like being assigned without input.'), ['mexico'], reason)).toBe(1);
    expect(feelingFit(sentence('In response to 9/11, the United States established NORTHCOM.'), ['mexico'], reason)).toBe(0);
    expect(feelingFit(sentence('Mexico joined NORTHCOM because of 9/11.'), ['mexico'], reason)).toBe(0.5);
    expect(feelingFit(sentence('It was created because of 9/11.'), [], reason)).toBe(0.5);
  });
});

describe('feeling why-questions on the real thesis', () => {
  let store: Store;
  beforeAll(async () => {
    store = await loadStore(await testDataDir());
  });

  it("answers why Mexico was displeased with NORTHCOM by Mexico's own grievance, not by why NORTHCOM was made", async () => {
    for (const q of ["Why was Mexico displeased with being placed in NORTHCOM's area in 2002?", "What was Mexico's complaint about NORTHCOM's creation?", "What bothered Mexican officials about NORTHCOM's creation?"]) {
      const r = await answerQuestion(store, q, { llm: null });
      expect(r.abstained, q).toBe(false);
      expect(r.answer, q).toMatch(/without input|unilaterally|failed to include Mexico/);
    }
  });
});

describe('a reason told beside a sentence of another year', () => {
  let store: Store;
  beforeAll(async () => {
    store = await loadStore(await testDataDir());
  });

  it("answers with the reason sentence though its neighbour names 2007, not the question's 2002", async () => {
    const r = await answerQuestion(store, 'What annoyed Mexican officials about how NORTHCOM was created in 2002?', { llm: null });
    expect(r.abstained).toBe(false);
    expect(r.answer).toMatch(/failed to include Mexico|without input/);
  });
});

describe('askedAfterEvent', () => {
  it('reads who or what a question asks became of after an event', () => {
    expect(askedAfterEvent('What happened to Pablo Escobar after his 1991 capture?')).toBe('Pablo Escobar');
    expect(askedAfterEvent('What became of the hostages following the rescue?')).toBe('the hostages');
    expect(askedAfterEvent('What happened next?')).toBeNull();
    expect(askedAfterEvent('What happened in 1914?')).toBeNull();
  });
});
