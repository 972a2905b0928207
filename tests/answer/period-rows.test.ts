import { describe, expect, it } from 'vitest';
import { askedPeriod, periodAsk, periodRows, ratesPeriod } from '@/lib/answer/extractive/period-rows';
import type { CorpusRecord } from '@/lib/types';

const row = (id: string, text: string) => ({ id, kind: 'table-row', text }) as CorpusRecord;
const ROWS = [
  row('t:4:row:1', 'Table 4. Reasons for U.S. Military and Colombian Military Cooperation¹⁸¹ — Prior to WWII: Cooperation: Med; Reason: Cooperation did not exist.'),
  row('t:6:row:1', 'Table 6. Analysis of U.S. Military and Colombian Military Cooperation¹⁸³ — Prior to WWII: Realism: Yes; Cooperation: Med'),
  row('t:3:row:1', 'Table 3. Analyzing how each Hypothesis Applies to Relations between the United States and Colombia¹⁸⁰ — Prior to WWII: Realism: Yes'),
  row('t:2:row:1', 'Table 2. Reasons for U.S. Military and Mexican Military Cooperation¹⁰⁶ — Prior to WWII: Cooperation: None'),
  row('t:4:row:2', 'Table 4. Reasons for U.S. Military and Colombian Military Cooperation¹⁸¹ — WWII to War on Drugs: Cooperation: High'),
];

describe('period rows', () => {
  it('reads the period a question asks about, as the tables label it', () => {
    expect(askedPeriod('Did the two militaries cooperate before World War II?')).toBe('Prior to WWII');
    expect(askedPeriod('How strong was cooperation between WWII and the war on drugs?')).toBe('WWII to War on Drugs');
    expect(askedPeriod('How strong was cooperation between the war on drugs and 9/11?')).toBe('War on Drugs to 9/11');
    expect(askedPeriod('Which theory explains cooperation since 9/11?')).toBe('9/11 to');
    // World War II opens the tables' second period; the 1990s are in the third.
    expect(askedPeriod('How strong was U.S.-Colombian cooperation during World War II?')).toBe('WWII to War on Drugs');
    expect(askedPeriod('Why did cooperation with Colombia fall off in the 1990s?')).toBe('War on Drugs to 9/11');
    expect(askedPeriod('What happened in 1942?')).toBeNull();
  });

  it('asks only about cooperation or theories, and one case study', () => {
    expect(periodAsk('What happened in Colombia before World War II?')).toBeNull();
    expect(periodAsk('How did Mexico and Colombia cooperate before World War II?')).toBeNull();
    expect(periodAsk('Did Colombia cooperate with the U.S. before World War II?')?.period).toBe('Prior to WWII');
  });

  it("finds the cooperation and analysis tables' rows for that period and country", () => {
    const ids = periodRows('Did the U.S. and Colombian militaries cooperate before World War II?', ROWS).map((r) => r.id);
    expect(ids).toEqual(['t:4:row:1', 't:6:row:1']);
    const ask = periodAsk('Which theory explains U.S. cooperation with Mexico since 9/11?')!;
    expect(ratesPeriod(ask, 'Table 5. Analysis of U.S. Military and Mexican Military Cooperation', '9/11 to Present: Realism: Yes')).toBe(true);
    expect(ratesPeriod(ask, 'Table 5. Analysis of U.S. Military and Mexican Military Cooperation', 'War on Drugs to 9/11: Realism: Yes')).toBe(false);
  });
});
