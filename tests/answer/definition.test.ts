import { describe, expect, it } from 'vitest';
import { askedDefinition, askedTheory, definesAsked, definingRecords } from '@/lib/answer/extractive/definition';
import type { CorpusRecord } from '@/lib/types';

describe('askedDefinition', () => {
  it('reads the named thing a what-is question asks about', () => {
    expect(askedDefinition('What was Plan Colombia?')).toBe('Plan Colombia');
    expect(askedDefinition('What is the Mérida Initiative?')).toBe('Mérida Initiative');
    expect(askedDefinition('What is Operation MARTILLO?')).toBe('Operation MARTILLO');
    expect(askedDefinition('What is the Joint Mexican-United States Defense Commission?')).toBe('Joint Mexican-United States Defense Commission');
  });

  it('takes any short phrase of a question typed in lowercase, matched in any case and accents', () => {
    expect(askedDefinition('what is the merida initiative')).toBe('merida initiative');
    expect(definesAsked('what is the merida initiative')!.test('an agreement with Mexico, called the Mérida Initiative')).toBe(true);
  });

  it('reads the term a question asks the meaning of', () => {
    expect(askedDefinition('what does the thesis mean by informal institutions?')).toBe('informal institutions');
    expect(askedDefinition('What is meant by "formal institutions"?')).toBe('formal institutions');
    expect(askedDefinition('Define internal instability')).toBe('internal instability');
    expect(askedDefinition('What does the author mean by that?')).toBeNull();
  });

  it('leaves other questions alone', () => {
    expect(askedDefinition('What is the dependent variable?')).toBeNull();
    expect(askedDefinition('What was Plan Colombia designed to do?')).toBeNull();
    expect(askedDefinition('What is constructivism?')).toBeNull();
  });
});

describe('definesAsked', () => {
  const says = (q: string, text: string) => definesAsked(q)!.test(text);
  it('finds the sentences saying what the thing is', () => {
    expect(says('What was Plan Colombia?', 'General Wilhelm oversaw the implementation of “Plan Colombia,” a program approved in 2000.')).toBe(true);
    expect(says('What is Operation MARTILLO?', 'Operation MARTILLO is a multinational operation involving Colombia.')).toBe(true);
    expect(says('What is the Mérida Initiative?', 'In 2008, Congress approved an agreement with Mexico, called the Mérida Initiative.')).toBe(true);
    expect(says('What is the FARC?', 'They fought the Revolutionary Armed Forces of Colombia (FARC).')).toBe(true);
    expect(says('What is UNITAS?', 'Mexico participated in UNITAS, Latin for “unity,” which is a naval exercise.')).toBe(true);
    // What a command was set up for, or says its mission is, says what it is.
    expect(says('What is NORTHCOM?', 'In 2002, the United States established NORTHCOM to promote national defense of the homeland.')).toBe(true);
    expect(says('What is NORTHCOM?', 'After 9/11, NORTHCOM formed to provide national security oversight of Mexico.')).toBe(true);
    expect(says('What is SOUTHCOM?', "SOUTHCOM's self-proclaimed mission is to support U.S. national security objectives.")).toBe(true);
    expect(says('What is NORTHCOM?', 'The United States established NORTHCOM in 2002.')).toBe(false);
  });

  it('finds a term given by its examples', () => {
    const q = 'What does the thesis mean by informal institutions?';
    expect(says(q, 'Key individuals used informal institutions, like military norms and social relationships, to promote cooperation.')).toBe(true);
    expect(says(q, 'Formal and informal institutions exist in the two countries.')).toBe(false);
  });

  it('does not take a sentence that only names it', () => {
    expect(says('What was Plan Colombia?', 'A change in the law would allow the Colombians to use funds from Plan Colombia to fight the FARC.')).toBe(false);
    expect(says('What is the Mérida Initiative?', 'In 2007, President George W. Bush signed the Mérida Initiative.')).toBe(false);
  });
});

describe('a question about the task of a named thing', () => {
  it('finds the sentence stating its mission, role or purpose', () => {
    const role = definesAsked('What is the role of SOUTHCOM?')!;
    expect(role.test('SOUTHCOM\'s self-proclaimed mission is to "support U.S. national security objectives."')).toBe(true);
    expect(role.test('Colombia is in the SOUTHCOM AOR.')).toBe(false);
    const mission = definesAsked("What is NORTHCOM's mission?")!;
    expect(mission.test('NORTHCOM has a mission to "defend, protect, and secure the United States."')).toBe(true);
  });
});

describe('a question about a school of thought', () => {
  it('is answered by what its proponents argue', () => {
    expect(askedTheory('What is realism?')).toBe('realism');
    expect(askedTheory('what does liberalism argue')).toBe('liberalism');
    expect(askedTheory('What is the Mérida Initiative?')).toBeNull();
    const says = (q: string, text: string) => definesAsked(q)!.test(text);
    expect(says('What is realism?', 'Proponents of realism argue that anarchy drives the international system.')).toBe(true);
    expect(says('What is realism?', 'Realists would argue that a state would cooperate with a hegemonic state.')).toBe(true);
    expect(says('What is realism?', 'Realism appears to be the driving force in cooperation.')).toBe(false);
  });
});

describe('definingRecords', () => {
  const passage = (id: string, text: string) => ({ id, kind: 'passage', text }) as CorpusRecord;
  it('brings the passages that say what a term means, whatever retrieval ranked them', () => {
    const records = [
      passage('a', 'Formal and informal institutions exist in the two countries.'),
      passage('b', 'Chapter III discussed key individuals that used informal institutions, like military norms and social relationships.'),
    ];
    expect(definingRecords(records, 'what does the thesis mean by informal institutions?').map((r) => r.id)).toEqual(['b']);
    expect(definingRecords(records, 'Why do informal institutions matter?')).toEqual([]);
  });
});
