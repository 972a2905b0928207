import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/http/respond';
import { checkBodySchema, sourcesQuerySchema, timelineQuerySchema } from '@/lib/tools/requests';

const bad = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).status).toBe(400);
    return (err as AppError).message;
  }
  throw new Error('expected a 400');
};

describe('tool request validation', () => {
  it('timeline: years, months or dates, a known country, from before to', () => {
    expect(parseInput(timelineQuerySchema, { from: '1994', to: '1997-06', country: 'mexico' })).toEqual({ from: '1994', to: '1997-06', country: 'Mexico' });
    expect(parseInput(timelineQuerySchema, { country: 'US' })).toEqual({ country: 'United States' });
    expect(parseInput(timelineQuerySchema, { from: '1997', to: '1997' })).toEqual({ from: '1997', to: '1997' });
    expect(bad(() => parseInput(timelineQuerySchema, { from: 'yesterday' }))).toMatch(/from: must be a year/);
    expect(bad(() => parseInput(timelineQuerySchema, { to: '1997-13' }))).toMatch(/to: must be a year/);
    expect(bad(() => parseInput(timelineQuerySchema, { from: '1998', to: '1997' }))).toMatch(/from must not be after to/);
    expect(bad(() => parseInput(timelineQuerySchema, { country: 'Peru' }))).toMatch(/country: must be Mexico, Colombia or United States/);
  });

  it('check: a non-empty claim within MAX_QUESTION_CHARS', () => {
    expect(parseInput(checkBodySchema(), { claim: '  Plan Colombia cost $10 billion. ' })).toEqual({ claim: 'Plan Colombia cost $10 billion.' });
    expect(bad(() => parseInput(checkBodySchema(), { claim: '  ' }))).toMatch(/claim must not be empty/);
    expect(bad(() => parseInput(checkBodySchema(), { claim: 'x'.repeat(2001) }))).toMatch(/at most 2000 characters/);
    expect(bad(() => parseInput(checkBodySchema(), {}))).toMatch(/claim/);
  });

  it('sources: an optional query', () => {
    expect(parseInput(sourcesQuerySchema, {})).toEqual({});
    expect(parseInput(sourcesQuerySchema, { q: ' cook ' })).toEqual({ q: 'cook' });
  });
});
