import { describe, expect, it } from 'vitest';
import { rivalRecordIds, withRivalRecords } from '@/lib/answer/rival-passages';
import type { FigureRivals } from '@/lib/answer/extractive/figure-rivals';
import type { CorpusRecord } from '@/lib/types';

const mention = (recordId: string, value: number) => ({ recordId, value, sentence: `s${value}` });
const merida = { entity: 'Mérida Initiative', entityKey: 'merida initiative', kind: 'money', unit: '$', values: [2.6e9, 2.8e9], mentions: [mention('a', 2.6e9), mention('b', 2.8e9)] };
const rivals = new Map([['a\u0000s2600000000', [merida]]]) as unknown as FigureRivals;
const record = (id: string) => ({ id, text: id }) as unknown as CorpusRecord;

describe('rival passages', () => {
  it('brings in the records giving another value of the figure asked about', () => {
    expect(rivalRecordIds(rivals, ['a'], 'how-many', 'How much did the U.S. put into the Merida Initiative?')).toEqual(['b']);
    // Not for another entity's figure, nor for a question not asking a figure.
    expect(rivalRecordIds(rivals, ['a'], 'how-many', 'How much did Plan Colombia cost?')).toEqual([]);
    expect(rivalRecordIds(rivals, ['a'], 'why', 'Why was the Mérida Initiative signed?')).toEqual([]);
    expect(rivalRecordIds(rivals, ['c'], 'how-many', 'How much for the Mérida Initiative?')).toEqual([]);
  });

  it('puts them in place of the last hits, keeping the passage count', () => {
    const hits = ['a', 'x', 'y'].map((id) => ({ record: record(id), score: 1 }));
    const byId = new Map([['b', record('b')]]);
    const out = withRivalRecords(hits, { type: 'how-many', text: 'How much for the Mérida Initiative?' }, rivals, byId, 3);
    expect(out.map((h) => h.record.id)).toEqual(['a', 'x', 'b']);
    expect(withRivalRecords(hits, { type: 'how-many', text: 'How much for the Mérida Initiative?' }, rivals, byId, 5).map((h) => h.record.id)).toEqual(['a', 'x', 'y', 'b']);
  });
});
