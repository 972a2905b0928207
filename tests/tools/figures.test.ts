import { describe, expect, it } from 'vitest';
import { findEntities } from '@/lib/tools/figures/entities';
import { figureConflicts } from '@/lib/tools/figures/conflicts';
import { recordFigures, thesisFigures } from '@/lib/tools/figures/mentions';
import { findQuantities, formatQuantity } from '@/lib/tools/figures/quantities';
import type { CorpusRecord } from '@/lib/types';
import { passageWith, thesisCorpus } from './helpers';

const names = (s: string) => findEntities(s).map((e) => e.name);
const record = (text: string, id = 'thesis:I:1'): CorpusRecord => ({ id, kind: 'passage', doc: 'thesis', section: 'I', sectionTitle: null, pages: null, text, searchText: text, footnotes: [], order: 0 });

describe('entities and quantities', () => {
  it('finds multi-word names and acronyms, not generic names', () => {
    expect(names('President Bush signed the Mérida Initiative in 2007.')).toEqual(['President Bush', 'Mérida Initiative']);
    expect(names('In 1942, the United States created the Joint Mexican-United States Defense Commission.')).toEqual(['Joint Mexican-United States Defense Commission']);
    expect(names('The U.S. Army and the Colombian Navy met the FARC in March 1998.')).toEqual(['FARC']);
    expect(findEntities('the Revolutionary Armed Forces of Colombia and Plan Colombia').map((e) => [e.name, e.artifact])).toEqual([
      ['Revolutionary Armed Forces of Colombia', false],
      ['Plan Colombia', true],
    ]);
  });

  it('reads money, counts, percentages and event years', () => {
    const q = findQuantities('President Bush signed the Mérida Initiative in 2007, providing $48 million and, through FY2016, almost $2.6 billion; about 80% of all funds went to 800 U.S. military personnel.');
    expect(q.map((x) => [x.kind, x.value, x.unit, x.hedge])).toEqual([
      ['year', 2007, '', null],
      ['money', 48e6, '', null],
      ['money', 2.6e9, '', 'almost'],
      ['percent', 80, 'funds', 'about'],
      ['count', 800, 'personnel', null],
    ]);
    expect(findQuantities('In 1990 the summit met.')).toEqual([]); // a year without an event verb is not an event year
    expect(formatQuantity({ kind: 'money', value: 1.3e9, unit: '' })).toBe('$1.3 billion');
  });
});

describe('conflicting figures', () => {
  it('ties a figure to the name a sentence refers back to', () => {
    const ms = recordFigures(record('In 2000, Congress enacted Plan Colombia. The appropriated funds totaled approximately $10 billion. In FY2017, the government plans to provide $391 million.'));
    expect(ms.map((m) => [m.entity, m.kind, m.value, m.inherited])).toEqual([
      ['Plan Colombia', 'year', 2000, false],
      ['Plan Colombia', 'money', 10e9, true],
    ]);
  });

  it('flags different values in different sentences, not two amounts of one sentence', () => {
    const one = recordFigures(record('The Beta Program provided $48 million at first and $2.6 billion in all.'));
    expect(figureConflicts(one)).toEqual([]);
    const two = recordFigures(record('The Beta Program provided $2.6 billion. Later the Beta Program totaled $2.8 billion. The Beta Program cost $2.61 billion.'));
    const [c] = figureConflicts(two);
    expect(c).toMatchObject({ entity: 'Beta Program', kind: 'money', values: [2.6e9, 2.8e9] });
    expect(c.mentions).toHaveLength(3);
  });

  it('finds the Plan Colombia and Mérida Initiative discrepancies of the thesis on its own', () => {
    const conflicts = figureConflicts(thesisFigures(thesisCorpus()));
    const summary = conflicts.map((c) => [c.entity, c.kind, c.values]);
    expect(summary).toEqual(
      expect.arrayContaining([
        ['Plan Colombia', 'money', [1.3e9, 8e9, 10e9]],
        ['Mérida Initiative', 'year', [2007, 2008]],
        ['Mérida Initiative', 'money', expect.arrayContaining([2.6e9, 2.8e9])],
      ]),
    );
    // noise stays low: every flagged group is about a named program
    expect(conflicts.length).toBeLessThanOrEqual(5);
    const merida = conflicts.find((c) => c.entity === 'Mérida Initiative' && c.kind === 'year')!;
    expect(merida.mentions.map((m) => m.recordId)).toEqual(expect.arrayContaining([passageWith(thesisCorpus().chunks, 'approved a bilateral security cooperation agreement with Mexico')]));
  });
});
