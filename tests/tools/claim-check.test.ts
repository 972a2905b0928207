import { beforeAll, describe, expect, it } from 'vitest';
import { loadStore, type Store } from '@/lib/index/load-store';
import { checkClaim, PARTLY_AT, SUPPORTED_AT, verdictFor } from '@/lib/tools';
import { testDataDir } from '../helpers/test-index';
import { passageWith } from './helpers';

/**
 * Calibration examples for the verdict thresholds: true sentences of the thesis, paraphrases, and false claims.
 * Scores seen when calibrating are noted; the thresholds sit between the groups.
 */
const TRUE_SENTENCES = [
  'In 1942, the United States created the Joint Mexican-United States Defense Commission through Executive Order (EO) 9080.', // 1.00
  'In 1997, General Charles E. Wilhelm assumed command of USSOUTHCOM.', // 1.00
  'From 2000 to 2009, Colombia received about $6 billion in military aid.', // 1.00
];
const PARAPHRASES = [
  'The Joint Mexican-United States Defense Commission was set up by the United States in 1942 by executive order.', // 0.83
  'General Wilhelm took over U.S. Southern Command in 1997.', // 0.75
  'Colombia got roughly six billion dollars of military aid between 2000 and 2009.', // 0.77 (number words count as digits)
  'Pershing crossed into Northern Mexico with more than 10,000 troops in 1916.', // 1.00
];
const FALSE_CLAIMS = [
  'In 1955, the U.S. Navy built a submarine base in Cartagena.', // 0.38
  'Mexico sent 50,000 soldiers to fight in the Korean War.', // 0.38
  'Canada and France signed a fishing treaty in 1921.', // 0.29
];

describe('claim check', () => {
  let store: Store;
  beforeAll(async () => {
    store = await loadStore(await testDataDir());
  });

  it('finds true sentences of the thesis, with the passage and its footnote as citation', async () => {
    for (const claim of TRUE_SENTENCES) {
      const r = await checkClaim(store, claim);
      expect(r.verdict, claim).toBe('supported');
      expect(r.score).toBe(1);
    }
    const r = await checkClaim(store, TRUE_SENTENCES[0]);
    expect(r.evidence[0].citation).toMatchObject({ id: passageWith(store.records, TRUE_SENTENCES[0]), section: 'II.C', pages: { start: 21, end: 21 } });
    expect(r.evidence[0].citation.quote).toBe(TRUE_SENTENCES[0]);
    expect(r.evidence[0].citation.label).toBe('Thesis p. 21, §II.C; the thesis cites Turbiville 2010, p. 6.');
    expect(r.evidence[0].citation.footnotes.map((f) => f.n)).toEqual([48]);
  });

  it('supports close paraphrases', async () => {
    for (const claim of PARAPHRASES) expect((await checkClaim(store, claim)).verdict, claim).toBe('supported');
  });

  it('finds nothing for invented claims', async () => {
    for (const claim of FALSE_CLAIMS) {
      const r = await checkClaim(store, claim);
      expect(r.verdict, claim).toBe('not found');
      expect(r.score).toBeLessThan(PARTLY_AT);
    }
  });

  it('gives a claim with a changed figure only partial support, naming the missing figure', async () => {
    const r = await checkClaim(store, 'Colombia received about $9 billion in military aid from 2000 to 2009.');
    expect(r.verdict).toBe('partly supported');
    expect(r.evidence[0].missingNumbers).toEqual(['9']);
    expect(r.evidence[0].citation.id).toBe(passageWith(store.records, 'about $6 billion in military aid'));
  });

  it('returns up to three pieces of evidence, best first', async () => {
    const r = await checkClaim(store, 'President Bush signed the Mérida Initiative in 2007.');
    expect(r.evidence.length).toBeGreaterThan(1);
    expect(r.evidence.length).toBeLessThanOrEqual(3);
    expect(r.evidence.map((e) => e.support)).toEqual([...r.evidence.map((e) => e.support)].sort((a, b) => b - a));
  });

  it('maps scores to verdicts', () => {
    expect(verdictFor(SUPPORTED_AT, [])).toBe('supported');
    expect(verdictFor(1, ['9'])).toBe('partly supported');
    expect(verdictFor(PARTLY_AT, [])).toBe('partly supported');
    expect(verdictFor(PARTLY_AT - 0.01, [])).toBe('not found');
  });
});
