import { describe, expect, it } from 'vitest';
import { finalizeAnswer } from '@/lib/answer/finalize';
import { abstentionLeads } from '@/lib/answer/leads';
import { renderAnswerText } from '@/lib/answer/render-text';
import { unmentionedNames } from '@/lib/answer/unmentioned';
import { neverMentions } from '@/lib/answer/never-mentions';
import { analyzeQuery } from '@/lib/retrieve/analyze-query';
import type { TermStats } from '@/lib/retrieve/question-terms';
import { corpus, passageA, passageB, passages } from '../cite/fixtures';

const input = (q: string, stats?: TermStats) => ({ analysis: analyzeQuery(q, []), passages, stats });
/** Stats of a corpus that never uses "Australia" or "capital". */
const corpusStats: TermStats = { idf: () => 1, df: (t) => (/^(australia|capital|canberra)$/.test(t) ? 0 : 1) };

describe('abstentionLeads', () => {
  it('points to the passages holding the question’s words, in retrieval order, with their closest sentence', () => {
    const leads = abstentionLeads(input('Why did Polk feel Mexico had invaded U.S. territory in 1846?'));
    expect(leads.map((l) => l.id)).toEqual([passageA.id]);
    expect(leads[0]).toMatchObject({ section: 'II.B', pages: { start: 16, end: 19 }, label: 'Thesis pp. 16–19, §II.B' });
    expect(leads[0].excerpt).toMatch(/^The United States declared war on Mexico in 1846/);
    expect(passageA.text).toContain(leads[0].excerpt);
    expect(leads[0].overlap).toBeGreaterThanOrEqual(0.3);
  });

  it('keeps passages sharing enough words, and stops at the maximum', () => {
    const both = abstentionLeads(input('What did General Pershing and the U.S. military do in Mexico?'), { minOverlap: 0.2, max: 3 });
    expect(both.map((l) => l.id)).toEqual([passageB.id, passageA.id]);
    expect(abstentionLeads(input('What did General Pershing and the U.S. military do in Mexico?'), { minOverlap: 0.2, max: 1 })).toHaveLength(1);
  });

  it('still points to the near places when the question uses one name the thesis never does', () => {
    // "Escuadrón 201" is what readers call the squadron the thesis writes as the 201st Fighter Squadron.
    const stats: TermStats = { idf: () => 1, df: (t) => (t === 'escuadron' ? 0 : 1) };
    expect(abstentionLeads(input('Why did Escuadron Polk feel Mexico had invaded U.S. territory in 1846?', stats)).map((l) => l.id)).toEqual([passageA.id]);
  });

  it('points nowhere for a question largely in words the thesis never uses', () => {
    expect(abstentionLeads(input('What is the capital of Australia?', corpusStats))).toEqual([]);
    expect(abstentionLeads(input('How tall is the Eiffel Tower?', { idf: () => 1, df: (t) => (t === 'mexico' ? 1 : 0) }))).toEqual([]);
  });
});

describe('finalizeAnswer with leads', () => {
  it('adds leads to an abstention only, and the printed page lists them', () => {
    const leadsFrom = input('Why did Polk feel Mexico had invaded U.S. territory in 1846?');
    const abstained = finalizeAnswer('q', 'The thesis does not address this question.', passages, corpus, { model: 'm', leadsFrom });
    expect(abstained.abstained).toBe(true);
    expect(abstained.citations).toEqual([]);
    expect(abstained.leads.map((l) => l.id)).toEqual([passageA.id]);
    expect(renderAnswerText(abstained)).toMatch(/Closest passages \(they may not answer the question\):\n- Thesis pp\. 16–19, §II\.B/);
    const answered = finalizeAnswer('q', 'The United States declared war on Mexico in 1846.[2]', passages, corpus, { model: 'm', leadsFrom });
    expect(answered.abstained).toBe(false);
    expect(answered.leads).toEqual([]);
    expect(renderAnswerText(answered)).not.toMatch(/Closest passages/);
  });
});

describe('unmentionedNames', () => {
  const stats: TermStats = { idf: () => 1, df: (t) => (/^(venezuela|just|caus|australia)$/.test(t) ? 0 : 1) };
  it('names what the question names and the thesis never does, as the question writes it', () => {
    expect(unmentionedNames(input('Was Venezuela one of the 15 countries at UNITAS 2013?', stats))).toEqual(['Venezuela']);
    // Adjacent unknown words make one name, with the kind of name before them.
    expect(unmentionedNames(input('What was Operation Just Cause?', stats))).toEqual(['Operation Just Cause']);
    expect(unmentionedNames(input('Why did Polk feel Mexico had invaded U.S. territory in 1846?', stats))).toEqual([]);
  });

  it('is said beside an abstention on the printed page', () => {
    expect(neverMentions(['Venezuela'])).toBe('The thesis never mentions “Venezuela”.');
    expect(neverMentions(['Venezuela', 'NATO'])).toBe('The thesis never mentions “Venezuela” or “NATO”.');
    const leadsFrom = input('What is the capital of Australia?', stats);
    const r = finalizeAnswer('q', 'The thesis does not address this question.', passages, corpus, { model: 'm', leadsFrom });
    expect(r.unmentioned).toEqual(['Australia']);
    expect(renderAnswerText(r)).toMatch(/^The thesis does not address this question\.\n\nThe thesis never mentions “Australia”\./);
  });
});
