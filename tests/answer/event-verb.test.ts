import { describe, expect, it } from 'vitest';
import { eventVerb, mentionsWord } from '@/lib/answer/extractive/event-verb';
import { contentWords, terms } from '@/lib/retrieve/tokenize';

const bag = (text: string) => [new Set(contentWords(text)), new Set(terms(text))] as const;

describe('eventVerb', () => {
  it('reads the event a when/how-many question dates or counts', () => {
    expect(eventVerb("In what year did Felipe Calderon's presidency end?")).toBe('end');
    expect(eventVerb('In what year was the ELN founded?')).toBe('founded');
    expect(eventVerb('How many FARC fighters were killed in the March 1998 ambush?')).toBe('killed');
    expect(eventVerb('How many U.S. service members have been killed in Colombia?')).toBe('killed');
    expect(eventVerb("How much of General Castro's fuel order was actually delivered?")).toBe('delivered');
  });

  it('leaves questions alone whose last word is an object, or whose event is a start', () => {
    expect(eventVerb('When did President Nixon declare a war on drugs?')).toBeNull();
    expect(eventVerb('When did Panama secede from Colombia?')).toBeNull();
    expect(eventVerb('In what year did the Mérida Initiative begin?')).toBeNull();
    expect(eventVerb('How many pilots did the school train?')).toBeNull();
  });
});

describe('mentionsWord', () => {
  it('finds the word or another form of it, and close words by similarity', () => {
    expect(mentionsWord(...bag('Escobar was killed by Colombian police in 1993.'), 'killed')).toBe(true);
    expect(mentionsWord(...bag('In 2006, Mexico elected Felipe Calderon President.'), 'end')).toBe(false);
    const sim = (a: string, b: string) => (a === 'killed' && b === 'died' ? 0.7 : 0);
    expect(mentionsWord(...bag('Eight pilots died in the campaign.'), 'killed', sim)).toBe(true);
  });

  it('takes any word naming a beginning for another ("created" / "established"), but not "found" as in "find"', () => {
    expect(mentionsWord(...bag('In 2002, the United States established NORTHCOM.'), 'created')).toBe(true);
    expect(mentionsWord(...bag('The ELN was formed in 1964.'), 'founded')).toBe(true);
    expect(mentionsWord(...bag('This thesis found that realism explains cooperation.'), 'founded')).toBe(false);
    expect(mentionsWord(...bag('In 2002, the United States established NORTHCOM.'), 'ended')).toBe(false);
  });
});
