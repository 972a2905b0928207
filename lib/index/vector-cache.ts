import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { CorpusRecord } from '../types';

/** The text a record is embedded from: its search text, led by its section title for context. */
export function embeddingText(record: CorpusRecord): string {
  return record.sectionTitle ? `${record.sectionTitle}. ${record.searchText}` : record.searchText;
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
