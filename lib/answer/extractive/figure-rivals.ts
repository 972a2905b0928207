import { normalizeForMatch } from '../../corpus/normalize';
import { figureConflicts, type FigureConflict } from '../../tools/figures/conflicts';
import { thesisFigures } from '../../tools/figures/mentions';
import type { Corpus } from '../../types';

/** The thesis's sentences that state a figure other sentences contradict, by record and normalised sentence. */
export type FigureRivals = Map<string, FigureConflict[]>;

const cache = new WeakMap<Pick<Corpus, 'chunks' | 'acronyms'>, FigureRivals>();

const key = (recordId: string, sentence: string) => `${recordId}\u0000${normalizeForMatch(sentence)}`;

/** Built once per corpus from the audit's figure-conflict detector (Plan Colombia's total, the Mérida Initiative's year). */
export function figureRivals(corpus: Pick<Corpus, 'chunks' | 'acronyms'>): FigureRivals {
  let out = cache.get(corpus);
  if (out) return out;
  out = new Map();
  for (const conflict of figureConflicts(thesisFigures(corpus))) {
    for (const m of conflict.mentions) {
      const k = key(m.recordId, m.sentence);
      out.set(k, [...(out.get(k) ?? []), conflict]);
    }
  }
  cache.set(corpus, out);
  return out;
}

/**
 * Sentences (as record id and sentence) that state a different value for a figure the given
 * sentence states: "$1.3 billion" for Plan Colombia has rivals "$10 billion" and "almost $8 billion".
 */
export function rivalSentences(rivals: FigureRivals, recordId: string, sentence: string): { recordId: string; sentence: string }[] {
  const conflicts = rivals.get(key(recordId, sentence)) ?? [];
  const own = normalizeForMatch(sentence);
  return conflicts.flatMap((c) => c.mentions.filter((m) => normalizeForMatch(m.sentence) !== own).map((m) => ({ recordId: m.recordId, sentence: m.sentence })));
}

export function sameSentence(a: string, b: string): boolean {
  const [x, y] = [normalizeForMatch(a), normalizeForMatch(b)];
  return x === y || x.includes(y) || y.includes(x);
}
