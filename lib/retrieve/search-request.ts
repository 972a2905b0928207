import { z } from 'zod';
import { getConfig } from '../config';
import { RECORD_KINDS } from '../types';
import type { SearchHit } from './search';

export function searchQuerySchema() {
  const max = getConfig().MAX_QUESTION_CHARS;
  return z.object({
    q: z.string().trim().min(1, 'q must not be empty').max(max, `q must be at most ${max} characters`),
    k: z.coerce.number().int().min(1).max(100).default(10),
    kind: z
      .string()
      .optional()
      .transform((v) => (v ? v.split(',').map((s) => s.trim()) : undefined))
      .pipe(z.array(z.enum(RECORD_KINDS)).optional()),
    section: z.string().regex(/^[IVX]+(\.[A-G](\.\d+)?)?$/, 'section must look like II or II.E').optional(),
    mode: z.enum(['hybrid', 'lexical', 'dense']).default('hybrid'),
  });
}

/** The public JSON shape of one search result. */
export function toApiResult(hit: SearchHit) {
  const r = hit.record;
  return {
    id: r.id,
    kind: r.kind,
    score: Number(hit.score.toFixed(4)),
    section: r.section,
    sectionTitle: r.sectionTitle,
    pages: r.pages,
    text: r.text,
    footnotes: r.footnotes,
  };
}
