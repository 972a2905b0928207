import { citationParts, matchCitation } from '@/lib/corpus/bib-match';
import type { BibliographyEntry, Corpus } from '@/lib/types';
import { footnoteEvidence } from './evidence';
import type { AuditFlag } from './types';

const TABLE_NOTE = /^Table\s+\d+\s+is\s+adapted\s+from\s+/i;
const STOP = new Set('a an and the of in on to for with as by from at is it its or into about under among between through than that this ed eds jr sr'.split(' '));

/** Lowercased words with their accents kept (so "Merida" and "Mérida" stay apart), URLs and punctuation dropped. */
export function spellingWords(text: string): string[] {
  return text
    .replace(/<?https?:\/\/\S+/g, ' ')
    .toLowerCase()
    .replace(/['’‘]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1 && !STOP.has(w) && !/^\d+$/.test(w));
}

const fold = (w: string) => w.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/** Edit distance with adjacent transpositions counting one edit ("Theroy" → "Theory"). */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/**
 * Two spellings of one word: the same word but for accents, or a near miss (same first letter, one edit; two for words
 * of eight letters or more). Inflections (a trailing s) are not spelling differences.
 */
export function spellingVariant(a: string, b: string): boolean {
  if (a === b) return false;
  if (fold(a) === fold(b)) return true;
  const [x, y] = [fold(a), fold(b)];
  if (x[0] !== y[0] || Math.min(x.length, y.length) < 4 || x === `${y}s` || y === `${x}s`) return false;
  return editDistance(x, y, 2) <= (Math.min(x.length, y.length) >= 8 ? 2 : 1);
}

/** Word pairs (footnote spelling, bibliography spelling) that are variants, where the footnote lacks the bibliography's form. */
export function variantPairs(cited: string[], listed: string[]): [string, string][] {
  const have = new Set(listed);
  const pairs: [string, string][] = [];
  for (const w of new Set(cited)) {
    if (have.has(w)) continue;
    const match = listed.find((l) => spellingVariant(w, l) && !cited.includes(l));
    if (match && !pairs.some(([a, b]) => a === w && b === match)) pairs.push([w, match]);
  }
  return pairs;
}

interface Differences {
  authors: [string, string][];
  title: [string, string][];
  /** The footnote's title when most of its words are nowhere in the bibliography entry (outside its URL). */
  otherTitle: string | null;
}

function compare(citation: string, entry: BibliographyEntry): Differences {
  const parts = citationParts(citation);
  const titleWords = spellingWords(parts.title).map(fold);
  const entryWords = new Set(spellingWords(entry.text).map(fold));
  const found = titleWords.filter((w) => entryWords.has(w)).length;
  const untitled = parts.title.trim() === parts.head.trim();
  return {
    authors: variantPairs(spellingWords(parts.head), spellingWords(entry.authors.join(' '))),
    title: variantPairs(spellingWords(parts.title), spellingWords(entry.title)),
    otherTitle: !untitled && titleWords.length >= 2 && found / titleWords.length < 0.5 ? parts.title.replace(/[*,.\s]+$/, '') : null,
  };
}

/**
 * Author and title spellings that differ between a footnote and the bibliography entry it resolves to ("Smyth" vs
 * "Smith", "Merida" vs "Mérida", "Plans" vs "Planes"), and footnote titles the entry does not give at all. Ibid. notes name nothing and are skipped; table notes are
 * compared part by part.
 */
export function spellingFlags(corpus: Corpus): AuditFlag[] {
  const bib = new Map(corpus.bibliography.map((b) => [b.id, b]));
  const flags: AuditFlag[] = [];
  for (const f of corpus.footnotes) {
    if (f.form === 'ibid') continue;
    const table = TABLE_NOTE.exec(f.text);
    const parts = table ? f.text.slice(table[0].length).split(/;\s+/) : [f.text];
    for (const part of parts) {
      const entry = table ? matchCitation(part, corpus.bibliography).entry : f.sourceId ? bib.get(f.sourceId) : undefined;
      if (!entry) continue;
      const { authors, title, otherTitle } = compare(part, entry);
      const diffs = [...authors.map((p) => ['author', ...p]), ...title.map((p) => ['title', ...p])].map(([field, a, b]) => `${field} “${a}” where the bibliography has “${b}”`);
      if (otherTitle) diffs.push(`the title “${otherTitle}”, which the bibliography entry does not give (it lists “${entry.title}”)`);
      if (!diffs.length) continue;
      flags.push({
        kind: 'spelling-difference',
        title: `Footnote ${f.n} ${otherTitle && diffs.length === 1 ? 'cites' : 'spells'} ${diffs.join('; ')}`,
        detail: `Footnote: ${part.trim()} — Bibliography (${entry.id}): ${entry.text}`,
        footnotes: [f.n],
        sources: [entry.id],
        evidence: [...footnoteEvidence(corpus, f), { id: entry.id, role: 'bibliography entry', quote: entry.text }],
      });
    }
  }
  return flags;
}
