import { beforeAll, describe, expect, it } from 'vitest';
import { loadStore, type Store } from '@/lib/index/load-store';
import { searchRecords } from '@/lib/retrieve/search';
import { testDataDir } from '../helpers/test-index';

let store: Store;
beforeAll(async () => {
  store = await loadStore(await testDataDir());
});

const texts = (hits: { record: { text: string } }[]) => hits.map((h) => h.record.text).join('\n');

describe('hybrid search on the real thesis', () => {
  it('puts a footnote named in the question first, then the passage carrying it', async () => {
    const { hits } = await searchRecords(store, 'What does footnote 35 cite?', { k: 5 });
    expect(hits[0].record.id).toBe('thesis:fn:35');
    expect(hits[1].record.footnotes).toContain(35);
  });

  it('puts the footnote on the claim a source question asks about right after the claim', async () => {
    const { hits } = await searchRecords(store, 'which journal article is the source for the colombians trusting teddy roosevelt because of the uss wisconsin signing', { k: 5 });
    const at = hits.findIndex((h) => h.record.kind === 'footnote' && /Ramsey/.test(h.record.text));
    expect(at).toBeGreaterThan(0);
    expect(hits[at - 1].record.kind).toBe('passage');
  });

  it('looks in a part the question names by words of its title', async () => {
    const q = 'in the constructivism bit, which pair of countries does the author use as an example of two states that view each other as foes?';
    const { hits, analysis } = await searchRecords(store, q, { k: 5 });
    expect(analysis.part?.sections).toContain('I.A.3');
    expect(texts(hits)).toMatch(/North Korea perceive each other as enemies/);
  });

  it('finds a dated event through the year', async () => {
    const { hits } = await searchRecords(store, 'What happened in 1942 between the United States and Mexico?', { k: 5 });
    expect(texts(hits)).toMatch(/1942/);
  });
  it('expands acronyms from the thesis list', async () => {
    const { hits, analysis } = await searchRecords(store, 'What did SEMAR do with the U.S. Navy?', { k: 5 });
    expect(analysis.expansions).toContain('Mexican Navy Secretariat');
    expect(texts(hits)).toMatch(/SEMAR|Mexican Navy/);
  });
  it('filters by kind and section', async () => {
    const fn = await searchRecords(store, 'Turbiville', { k: 5, kinds: ['footnote'] });
    expect(fn.hits.length).toBeGreaterThan(0);
    expect(fn.hits.every((h) => h.record.kind === 'footnote')).toBe(true);
    const sec = await searchRecords(store, 'cooperation', { k: 10, section: 'III' });
    expect(sec.hits.every((h) => h.record.section?.startsWith('III'))).toBe(true);
  });
  it('uses conversation context for a follow-up question', async () => {
    const { hits } = await searchRecords(store, 'What happened after that?', { k: 5, context: 'Plan Colombia was enacted in 2000' });
    expect(texts(hits)).toMatch(/Plan Colombia/);
  });
  it('ranks table records for a table question', async () => {
    const { hits } = await searchRecords(store, 'In Table 4, what level of cooperation did the U.S. and Colombia have from the War on Drugs to 9/11?', { k: 5 });
    expect(hits.some((h) => h.record.kind === 'table-row' || h.record.kind === 'table')).toBe(true);
  });
  it('answers a row search with rows, and a general search with the row’s whole table', async () => {
    const q = 'What held back U.S.-Mexican cooperation between World War II and the war on drugs?';
    const rows = await searchRecords(store, q, { k: 5, kinds: ['table-row'] });
    expect(rows.hits.length).toBeGreaterThan(0);
    expect(rows.hits.every((h) => h.record.kind === 'table-row')).toBe(true);
    const all = await searchRecords(store, `${q} (the Mexico table)`, { k: 10 });
    expect(all.hits.some((h) => h.record.kind === 'table')).toBe(true);
    expect(all.hits.some((h) => h.record.kind === 'table-row')).toBe(false);
  });
  it('puts the tables a question names by number first', async () => {
    const { hits } = await searchRecords(store, 'What do Tables 5 and 6 say about the period after 9/11?', { k: 5 });
    expect(new Set(hits.slice(0, 2).map((h) => h.record.id))).toEqual(new Set(['thesis:table:5', 'thesis:table:6']));
  });

  it('reads "WWII" in the tables as World War II', async () => {
    const { hits } = await searchRecords(store, 'cooperation level from World War II to the war on drugs in the Mexico table', { k: 5 });
    expect(texts(hits)).toMatch(/WWII to (the )?War on Drugs/i);
  });
  it('never returns two near-identical records', async () => {
    const { hits } = await searchRecords(store, 'Merida Initiative Congress appropriated', { k: 10 });
    const ids = hits.map((h) => h.record.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('returns lexical results when the query has no known word for the dense model', async () => {
    const { hits } = await searchRecords(store, 'WHINSC', { k: 3 });
    expect(texts(hits)).toMatch(/WHINSC|Western Hemisphere Institute/);
  });
});
