import { footnoteRecordId } from '../../corpus/thesis-records';
import type { Corpus, Footnote } from '@/lib/types';
import type { FlagEvidence } from './types';

/** The claim (the record carrying the marker) and the footnote record of a footnote, as flag evidence. */
export function footnoteEvidence(corpus: Pick<Corpus, 'chunks'>, f: Footnote, role = `footnote ${f.n}`): FlagEvidence[] {
  const record = (id: string) => corpus.chunks.find((r) => r.id === id);
  const out: FlagEvidence[] = [];
  const chunk = f.chunkIds[0];
  if (chunk) out.push({ id: chunk, role: `claim of ${role}`, quote: f.sentence, section: f.section, pages: record(chunk)?.pages ?? null });
  out.push({ id: footnoteRecordId(f.n), role, quote: f.text, section: f.section, pages: record(footnoteRecordId(f.n))?.pages ?? null });
  return out;
}
