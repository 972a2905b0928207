import { describe, expect, it } from 'vitest';
import { otherPeriod } from '@/lib/answer/extractive/period-relation';

describe('otherPeriod', () => {
  const during = 'Why did the U.S. military cooperate with Colombia during World War II?';
  it('flags a sentence placing the asked event in another time', () => {
    expect(otherPeriod(during, 'Cooperation from the 1800s to just before World War II did not happen.')).toBe(true);
    expect(otherPeriod(during, 'After WWII, they cooperated.')).toBe(true);
    expect(otherPeriod('Did the U.S. and Mexico cooperate before World War II?', 'From World War II to the war on drugs, realism explains it.')).toBe(true);
    expect(otherPeriod('How did they cooperate after 9/11?', 'Table 2. Reasons — War on Drugs to 9/11: Cooperation: High')).toBe(true);
  });

  it('leaves a sentence that shares the time, states none, or names another event', () => {
    expect(otherPeriod(during, 'First, prior to and during World War II, cooperation occurred.')).toBe(false);
    expect(otherPeriod(during, 'From World War II through 1972, the militaries cooperated.')).toBe(false);
    expect(otherPeriod(during, 'World War II was a wakeup call for Colombia.')).toBe(false);
    expect(otherPeriod(during, 'After 9/11, cooperation rose.')).toBe(false);
    expect(otherPeriod('How did they cooperate after 9/11?', 'In analyzing cooperation from 9/11 to present day, they moved on.')).toBe(false);
    // A question that states no time relative to an event asks about none.
    expect(otherPeriod('What happened in World War II?', 'Before World War II, nothing.')).toBe(false);
  });
});
