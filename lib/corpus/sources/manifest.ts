import { z } from 'zod';
import { AppError } from '@/lib/errors';

/** File name of the manifest inside `corpus/sources/`. */
export const SOURCE_MANIFEST = 'manifest.json';

/** Formats a source document can be given in. */
export const SOURCE_EXTENSIONS = ['md', 'txt', 'html', 'htm', 'pdf'] as const;

const fileName = z
  .string()
  .trim()
  .min(1, 'file must not be empty')
  .refine((f) => !f.includes('..') && !/^[/\\]/.test(f) && !/^[a-z]:/i.test(f), 'file must be a path inside corpus/sources/')
  .refine((f) => new RegExp(`\\.(${SOURCE_EXTENSIONS.join('|')})$`, 'i').test(f), `file must end in .${SOURCE_EXTENSIONS.join(', .')}`);

const schema = z.object({
  files: z.array(
    z.object({
      file: fileName,
      source: z.string().trim().regex(/^bib:[a-z0-9-]+$/, 'source must be a bibliography id such as "bib:turbiville-2010"'),
      /** Printed page number of the first PDF page / form-feed page (default 1). */
      firstPage: z.number().int().min(1).optional(),
    }),
  ),
});

export type SourceManifest = z.infer<typeof schema>;
export type SourceManifestEntry = SourceManifest['files'][number];

/**
 * Parses `corpus/sources/manifest.json`: `{ "files": [{ "file": "turbiville-2010.pdf", "source": "bib:turbiville-2010" }] }`.
 * Throws AppError('bad-request') naming the problem; a file listed twice is an error too.
 */
export function parseSourceManifest(text: string): SourceManifest {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new AppError('bad-request', `corpus/sources/${SOURCE_MANIFEST} is not valid JSON.`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || 'manifest'}: ${i.message}`).join('; ');
    throw new AppError('bad-request', `corpus/sources/${SOURCE_MANIFEST} is invalid: ${issues}`);
  }
  const seen = new Set<string>();
  for (const f of parsed.data.files) {
    if (seen.has(f.file)) throw new AppError('bad-request', `corpus/sources/${SOURCE_MANIFEST} lists "${f.file}" twice.`);
    seen.add(f.file);
  }
  return parsed.data;
}

/** Fails clearly when a manifest entry names a bibliography id the thesis does not have. */
export function checkSourceIds(entries: readonly { file: string; source: string }[], bibIds: ReadonlySet<string>): void {
  const unknown = entries.filter((e) => !bibIds.has(e.source));
  if (!unknown.length) return;
  const list = unknown.map((e) => `"${e.source}" (for ${e.file})`).join(', ');
  throw new AppError('bad-request', `corpus/sources/${SOURCE_MANIFEST}: unknown bibliography id ${list}. Ids look like "bib:turbiville-2010"; see GET /api/sources.`);
}
