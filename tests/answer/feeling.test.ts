import { describe, expect, it } from 'vitest';
import { asksFeeling, tellsFeeling } from '@/lib/answer/extractive/feeling';
import { askedAfterEvent } from '@/lib/answer/extractive/after-event';

describe('asksFeeling and tellsFeeling', () => {
  it('reads a why-question about a feeling, whatever its word', () => {
    expect(asksFeeling('Why was Mexico annoyed when NORTHCOM was set up?')).toBe(true);
    expect(asksFeeling('why did mexican officials object to the 2013 polygraph tests')).toBe(true);
    expect(asksFeeling('Why are Mexican officers taught to be suspicious of the U.S. military?')).toBe(true);
    expect(asksFeeling('Why did Colombia send troops to Korea?')).toBe(false);
    expect(asksFeeling('Was Mexico annoyed?')).toBe(false);
  });

  it('finds a feeling or a stance in the words the thesis uses for it', () => {
    expect(tellsFeeling('Mexico did not like the United States unilaterally assigning Canada and Mexico to NORTHCOM.')).toBe(true);
    expect(tellsFeeling('This creation would upset the Mexican government because …')).toBe(true);
    expect(tellsFeeling('Mexican officials felt little trust of their U.S. counterparts.')).toBe(true);
    expect(tellsFeeling('In 2002, the United States established NORTHCOM to promote national defense.')).toBe(false);
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
