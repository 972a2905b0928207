import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '@/lib/answer/answer-question';
import { askedCells, cellTables, rowsHolding } from '@/lib/answer/extractive/table-cells';
import { loadStore, type Store } from '@/lib/index/load-store';
import type { Table } from '@/lib/types';
import { testDataDir } from '../helpers/test-index';

const table = (n: number, title: string, columns: string[], rows: string[][]): Table => ({ n, title, columns, rows, footnote: null, section: null, pages: null }) as unknown as Table;
const hypotheses = table(1, 'Analyzing how each Hypothesis Applies to Relations between the United States and Mexico', ['', 'Realism', 'Liberalism', 'Constructivism'], [
  ['Prior to WWII', 'Yes', 'No', 'No'],
  ['War on Drugs to 9/11', 'Yes', 'Yes', 'Yes'],
  ['9/11 to Present', 'Yes', 'Yes', 'No'],
  ['Total:', '3', '2', '1'],
]);
const colombia = table(4, 'Reasons for U.S. Military and Colombian Military Cooperation', ['', 'Cooperation', 'Reason'], [['Prior to WWII', 'Med', 'x'], ['WWII to War on Drugs', 'High', 'y']]);

describe('askedCells', () => {
  it('reads the column, the value and the table asked about', () => {
    expect(askedCells('For Mexico, in which periods is the liberal hypothesis marked Yes in Table 1?')).toEqual({ column: 'Liberalism', value: 'Yes', table: 1, country: 'm' });
    expect(askedCells('In which periods was cooperation with Colombia rated High?')).toEqual({ column: 'Cooperation', value: 'High', table: null, country: 'c' });
    // A rating belongs to cooperation, Yes or No to a theory, whatever else the question names.
    expect(askedCells('Which periods is realism marked "No" for cooperation with Mexico?')?.column).toBe('Realism');
  });

  it('reads a value the rows must not hold, and the periods the question sets aside', () => {
    expect(askedCells('Excluding the pre-WWII era, which period of U.S.-Colombian cooperation is NOT rated High in Table 4?')).toEqual({
      column: 'Cooperation',
      value: 'High',
      table: 4,
      country: 'c',
      negated: true,
      excluded: ['^Prior to WWII$'],
    });
    expect(askedCells("In which periods doesn't liberalism get a Yes for Mexico?")).toMatchObject({ column: 'Liberalism', value: 'Yes', negated: true });
  });

  it('leaves other questions alone', () => {
    expect(askedCells('Why was cooperation high after 9/11?')).toBeNull();
    expect(askedCells('Which periods had no cooperation?')).toBeNull();
    expect(askedCells('Which theory explains cooperation in the 1990s?')).toBeNull();
  });
});

describe('rowsHolding and cellTables', () => {
  it('lists every row whose cell holds the value, never the total', () => {
    expect(rowsHolding(hypotheses, { column: 'Liberalism', value: 'Yes', table: null, country: 'm' })).toEqual(['War on Drugs to 9/11', '9/11 to Present']);
    expect(rowsHolding(hypotheses, { column: 'Cooperation', value: 'High', table: null, country: 'm' })).toEqual([]);
    expect(rowsHolding(hypotheses, { column: 'Liberalism', value: 'Yes', table: null, country: 'm', negated: true })).toEqual(['Prior to WWII']);
    expect(rowsHolding(hypotheses, { column: 'Realism', value: 'No', table: null, country: 'm', negated: true, excluded: ['^Prior to WWII$'] })).toEqual([
      'War on Drugs to 9/11',
      '9/11 to Present',
    ]);
  });

  it('takes the named table, else the tables of the country asked about that have the column', () => {
    expect(cellTables({ column: 'Cooperation', value: 'High', table: null, country: 'c' }, [hypotheses, colombia])).toEqual([colombia]);
    expect(cellTables({ column: 'Liberalism', value: 'Yes', table: 1, country: '' }, [hypotheses, colombia])).toEqual([hypotheses]);
  });
});

describe('table-cell questions on the real thesis', () => {
  let store: Store;
  beforeAll(async () => {
    store = await loadStore(await testDataDir());
  });

  it('answers with exactly the rows holding the value, each cited to its table', async () => {
    const r = await answerQuestion(store, 'For the Mexico case in Table 1, in which periods is the liberal hypothesis marked Yes?', { llm: null });
    expect(r.answer).toMatch(/War on Drugs to 9\/11: Realism: Yes; Liberalism: Yes/);
    expect(r.answer).toMatch(/9\/11 to Present: Realism: Yes; Liberalism: Yes/);
    expect(r.answer).not.toMatch(/Prior to WWII/);
    expect(r.citations.map((c) => c.id)).toEqual(['thesis:table:1']);
    const high = await answerQuestion(store, 'In which periods was cooperation with Colombia rated High?', { llm: null });
    expect(high.answer).toMatch(/Table 4\. .* WWII to War on Drugs: Cooperation: High/);
    expect(high.answer).not.toMatch(/Cooperation: (?:Med|Low|None)/);
    const notHigh = await answerQuestion(store, 'Excluding the pre-WWII era, which period of U.S.-Colombian military cooperation is NOT rated High in Table 4?', { llm: null });
    expect(notHigh.answer).toMatch(/War on Drugs to 9\/11: Cooperation: Med/);
    expect(notHigh.answer).not.toMatch(/Prior to WWII|Cooperation: High/);
  });
});
