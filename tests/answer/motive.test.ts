import { describe, expect, it } from 'vitest';
import { asksMotive, tellsMotive } from '@/lib/answer/extractive/motive';

describe('motive', () => {
  it("reads a why-question about an actor's deed", () => {
    expect(asksMotive('Why did Colombia send troops to Korea?')).toBe(true);
    expect(asksMotive('Why would Mexico refuse a garrison?')).toBe(true);
    // The thesis's own reasoning, a negative or another question is not an actor's motive.
    expect(asksMotive('Why does the thesis argue that counter-drug work has to happen in Colombia?')).toBe(false);
    expect(asksMotive("Why didn't Mexico send troops?")).toBe(false);
    expect(asksMotive('Why was NORTHCOM created?')).toBe(false);
    expect(asksMotive('When did Colombia send troops to Korea?')).toBe(false);
  });

  it('finds the sentence stating what the actor wanted', () => {
    expect(tellsMotive('… because the Colombian government wanted to support the United States in stopping communism.')).toBe(true);
    expect(tellsMotive('The United States established NORTHCOM in order to defend the homeland.')).toBe(true);
    expect(tellsMotive('Colombian soldiers arrived in Korea by way of a U.S. vessel because the Colombians had no large navy ships.')).toBe(false);
  });
});
