import { describe, expect, it } from 'vitest';
import { partReference } from '@/lib/retrieve/part-reference';
import { restateRequest, withoutAsides, withoutLeadIn } from '@/lib/retrieve/restate-request';
import { terms } from '@/lib/retrieve/tokenize';

describe('restateRequest', () => {
  it('asks a request for an overview as a what-is question', () => {
    expect(restateRequest('Tell me about Plan Colombia')).toBe('What is Plan Colombia?');
    expect(restateRequest('Can you tell me more about the Mérida Initiative?')).toBe('What is the Mérida Initiative?');
    expect(restateRequest('Please describe Operation MARTILLO.')).toBe('What is Operation MARTILLO?');
    expect(restateRequest('give me an overview of UNITAS')).toBe('What is UNITAS?');
    expect(restateRequest('Could you help me understand the liberal hypothesis?')).toBe('What is the liberal hypothesis?');
  });

  it('lets the question word lead when the request holds a question', () => {
    expect(restateRequest('explain why cooperation with colombia dropped in the 1990s')).toBe('Why cooperation with colombia dropped in the 1990s?');
    expect(restateRequest('Tell me who commanded SOUTHCOM in 1998')).toBe('Who commanded SOUTHCOM in 1998?');
  });

  it('asks what the thesis is about when the request is about the thesis itself, which the abstract answers', () => {
    const asked = restateRequest('Give me a summary of the thesis');
    expect(asked).toBe('What is the thesis about?');
    expect(partReference(asked)).toMatchObject({ abstract: true });
    expect(partReference('Summarize the thesis')).toMatchObject({ abstract: true });
    expect(partReference("What is the thesis's argument?")).toMatchObject({ abstract: true });
  });

  it('leaves questions and bare requests as they are', () => {
    for (const q of ['What is Plan Colombia?', 'Who told Mexico about the plan?', 'Tell me', 'Why did Colombia send a frigate?']) expect(restateRequest(q)).toBe(q);
  });

  it('reads "me" as no word of the question (it would match only the acknowledgments)', () => {
    expect(terms('help me with Plan Colombia')).toEqual(['help', 'plan', 'colombia']);
  });
});

describe('withoutLeadIn', () => {
  it('drops a lead-in before the question ("Quick question:" would read as a name the thesis never uses)', () => {
    expect(withoutLeadIn("Quick question: what's the overall dollar figure for Plan Colombia?")).toBe("what's the overall dollar figure for Plan Colombia?");
    expect(withoutLeadIn('hey, quick one - who led SOUTHCOM in 1998?')).toBe('who led SOUTHCOM in 1998?');
    expect(withoutLeadIn('Q: when was NORTHCOM created?')).toBe('when was NORTHCOM created?');
    expect(restateRequest('Hi there, a quick question: tell me about Plan Colombia')).toBe('What is Plan Colombia?');
  });

  it('keeps questions whose opening is their own, and a lead-in with nothing after it', () => {
    expect(withoutLeadIn('Question: why?')).toBe('Question: why?');
    expect(withoutLeadIn('One of the generals: who was he?')).toBe('One of the generals: who was he?');
    expect(withoutLeadIn('Questions about Plan Colombia: what is it?')).toBe('Questions about Plan Colombia: what is it?');
  });
});

describe('withoutAsides', () => {
  it('drops a remark about the asker beside the question', () => {
    expect(withoutAsides('How much money did Plan Colombia actually provide? I keep seeing different numbers in the thesis.')).toBe('How much money did Plan Colombia actually provide?');
    // A remark that the thesis's parts disagree says why it is asked, not what.
    expect(withoutAsides("what's the total price tag of plan colombia? the intro and the colombia chapter don't seem to match")).toBe("what's the total price tag of plan colombia?");
    expect(withoutAsides("How much has Congress put toward the Mérida Initiative? I've seen different numbers in this thesis.")).toBe('How much has Congress put toward the Mérida Initiative?');
    expect(withoutAsides('Do the two tables agree?')).toBe('Do the two tables agree?');
    expect(withoutAsides("I'm confused. Why did Mexico refuse?")).toBe('Why did Mexico refuse?');
    expect(restateRequest("I'm confused. Why did Mexico refuse?")).toBe('Why did Mexico refuse?');
  });

  it('keeps a remark that says what is asked about, and a lone remark', () => {
    const citing = "I'm citing the stat that by 2003 Colombia got more U.S. training. Which source is that from?";
    expect(withoutAsides(citing)).toBe(citing);
    expect(withoutAsides("I'm checking citations: what source backs the claims about U.S. Army flight instructors?")).toMatch(/^I'm checking/);
    expect(withoutAsides("I don't get it.")).toBe("I don't get it.");
  });
});

