import { describe, expect, it } from 'vitest';
import { withFollowingRecord } from '@/lib/answer/following-record';
import { adjacentRecordId } from '@/lib/answer/extractive/candidates';
import { opensWithSubject, whySubject } from '@/lib/answer/extractive/motive';
import type { CorpusRecord } from '@/lib/types';

const passage = (id: string) => ({ id, kind: 'passage', text: id }) as unknown as CorpusRecord;
const byId = new Map(['thesis:II.D:8', 'thesis:II.D:9', 'thesis:III.A:1'].map((id) => [id, passage(id)]));
const hits = (...ids: string[]) => ids.map((id) => ({ record: byId.get(id) ?? passage(id), score: 1 }));

describe('withFollowingRecord', () => {
  it('reads the record after the leading passage for a why-question, in place of the last hit', () => {
    const out = withFollowingRecord(hits('thesis:II.D:8', 'thesis:III.A:1', 'thesis:I:1'), { type: 'why' }, byId, 3);
    expect(out.map((h) => h.record.id)).toEqual(['thesis:II.D:8', 'thesis:III.A:1', 'thesis:II.D:9']);
  });

  it('leaves other questions, a record already there, and a last record alone', () => {
    const three = hits('thesis:II.D:8', 'thesis:III.A:1', 'thesis:I:1');
    expect(withFollowingRecord(three, { type: 'what' }, byId, 3)).toBe(three);
    const has = hits('thesis:II.D:8', 'thesis:II.D:9');
    expect(withFollowingRecord(has, { type: 'why' }, byId, 3)).toBe(has);
    const last = hits('thesis:III.A:1');
    expect(withFollowingRecord(last, { type: 'why' }, byId, 3)).toBe(last);
  });

  it('steps through a section run of record ids', () => {
    expect(adjacentRecordId('thesis:II.D:8', 1)).toBe('thesis:II.D:9');
    expect(adjacentRecordId('thesis:II.D:8', -1)).toBe('thesis:II.D:7');
    expect(adjacentRecordId('thesis:table:3', 1)).toBe('thesis:table:4');
    expect(adjacentRecordId('abstract', 1)).toBeNull();
  });
});

describe('whySubject', () => {
  it("reads who acted in a why-question and finds a sentence opening with them", () => {
    const q = 'Why did Mexican officials push back when Secretary Perry announced the exercise?';
    expect(whySubject(q)).toEqual(['mexican', 'officials']);
    expect(opensWithSubject('Mexican officials quickly denounced those intentions.', whySubject(q))).toBe(true);
    expect(opensWithSubject('Secretary Perry also announced in 1995 that the Mexican Navy would take part.', whySubject(q))).toBe(false);
    // A name and a verb ("Colombia send") are no subject of two words.
    expect(opensWithSubject('Colombia sent troops.', whySubject('Why did Colombia send troops?'))).toBe(false);
  });
});
