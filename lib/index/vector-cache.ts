import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { splitSentences } from '../corpus/sentences';
import type { CorpusRecord } from '../types';

/** The text a record is embedded from: its search text, led by its section title for context. */
export function embeddingText(record: CorpusRecord): string {
  return record.sectionTitle ? `${record.sectionTitle}. ${record.searchText}` : record.searchText;
}

const SENTENCE_KINDS = new Set(['passage', 'abstract', 'source-passage']);

/** One vector item of the index: a whole record, or one sentence of a long record (for max-sentence similarity). */
export interface VectorUnit {
  id: string;
  recordId: string;
  kind: string;
  text: string;
}

export function vectorUnits(record: CorpusRecord): VectorUnit[] {
  const units: VectorUnit[] = [{ id: record.id, recordId: record.id, kind: record.kind, text: embeddingText(record) }];
  if (!SENTENCE_KINDS.has(record.kind)) return units;
  const sentences = splitSentences(record.searchText);
  if (sentences.length < 2) return units;
  sentences.forEach((s, j) => units.push({ id: `${record.id}#s${j + 1}`, recordId: record.id, kind: 'sentence', text: s.text }));
  return units;
}

export function vectorKey(modelId: string, text: string): string {
  return crypto.createHash('sha1').update(modelId).update('\n').update(text).digest('hex');
}

/** Vectors of a previous build keyed by content hash, so unchanged records are not re-embedded. */
export function loadPreviousVectors(indexDir: string | null): Map<string, number[]> {
  const out = new Map<string, number[]>();
  if (!indexDir) return out;
  try {
    const data = JSON.parse(fs.readFileSync(path.join(indexDir, 'index.json'), 'utf8')) as {
      items?: { vector: number[]; metadata?: { hash?: string } }[];
    };
    for (const item of data.items ?? []) if (item.metadata?.hash) out.set(item.metadata.hash, item.vector);
  } catch {
    // no usable previous index: everything is embedded afresh
  }
  return out;
}
