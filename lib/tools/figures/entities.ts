/** Named entities of a sentence for the figure-consistency check: capitalized multi-word names and acronyms. */

export interface Entity {
  /** The name as written, leading article and sentence-initial function word removed ("Mérida Initiative"). */
  name: string;
  /** Grouping key: folded, and an acronym's long form mapped to the acronym ("foreign military financing" → "fmf"). */
  key: string;
  start: number;
  end: number;
  /** A named thing that happens once (initiative, plan, act, treaty, commission, …), as opposed to an actor. */
  artifact: boolean;
}

const CONNECTORS = new Set(['of', 'de', 'del', 'la', 'for', 'the', 'y']);
/** Capitalized only because a sentence starts with them, or not names at all. */
const FUNCTION_WORDS = new Set(
  'a an the in on at by for from with after before since during this that these those however also when while although both each as finally according once under over until between among its his her their our if then thus despite through throughout later earlier today now still yet here there meanwhile instead moreover furthermore additionally likewise similarly initially eventually subsequently'.split(' '),
);
const MONTHS = new Set('january february march april may june july august september october november december'.split(' '));
/** Names made only of these words are too general to group figures by (every chapter mentions them). */
const GENERIC = new Set(
  'u.s. u.s us united states america american congressional mexico mexican colombia colombian latin army navy air force forces marine marines corps coast guard congress senate house department government secretary defense defence military president general admiral commander chief chiefs staff national state federal armed services southern northern western eastern hemisphere war drugs'.split(' '),
);
const ARTIFACT = new Set(
  'initiative plan act agreement treaty commission program programme conference operation accord pact law order strategy doctrine policy constitution convention resolution protocol summit'.split(' '),
);

export const foldName = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’']s$/, '').replace(/\s+/g, ' ').trim();

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’.\-/]*/gu;
const isCap = (t: string) => /^\p{Lu}/u.test(t);
const bare = (t: string) => t.replace(/[.’']+$/, '').replace(/[’']s$/, '');

/**
 * Capitalized runs of two or more words (connectors such as "of" allowed inside: "Armed Forces of Colombia") and
 * all-caps acronyms of three or more letters (FARC, NORTHCOM). A leading article or sentence-initial function word is
 * dropped; names made only of generic words (United States, U.S. Army, Mexican Navy) and months are skipped.
 */
export function findEntities(sentence: string, acronyms: ReadonlyMap<string, string> = new Map()): Entity[] {
  const tokens = [...sentence.matchAll(TOKEN)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  const out: Entity[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCap(tokens[i].text)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length) {
      const next = tokens[j + 1];
      const gap = sentence.slice(tokens[j].end, next.start);
      if (/[,;:()“”"]/.test(gap) || /[.’']$/.test(tokens[j].text) && !/^(?:[A-Z]\.)+$/.test(tokens[j].text)) break;
      if (isCap(next.text)) j++;
      else if (CONNECTORS.has(next.text.toLowerCase()) && tokens[j + 2] && isCap(tokens[j + 2].text) && !/[,;:()]/.test(sentence.slice(next.end, tokens[j + 2].start))) j += 2;
      else break;
    }
    let run = tokens.slice(i, j + 1);
    while (run.length && (FUNCTION_WORDS.has(run[0].text.toLowerCase()) || CONNECTORS.has(run[0].text.toLowerCase()))) run = run.slice(1);
    while (run.length && CONNECTORS.has(run[run.length - 1].text.toLowerCase())) run = run.slice(0, -1);
    i = j + 1;
    const words = run.map((t) => bare(t.text).toLowerCase());
    const acronym = run.length === 1 && /^[A-Z]{3,}$/.test(bare(run[0].text));
    if (!(run.length >= 2 || acronym) || words.some((w) => MONTHS.has(w))) continue;
    if (words.every((w) => GENERIC.has(w) || CONNECTORS.has(w))) continue;
    const name = sentence.slice(run[0].start, run[run.length - 1].end).replace(/[’']s$/, '').replace(/[.,]$/, '');
    const folded = foldName(name);
    out.push({ name, key: acronyms.get(folded) ?? folded, start: run[0].start, end: run[run.length - 1].end, artifact: words.some((w) => ARTIFACT.has(w)) });
  }
  return out;
}

/** Long form → acronym, folded ("foreign military financing" → "fmf"), from the thesis's own acronym list. */
export function acronymKeys(acronyms: readonly { short: string; long: string }[]): Map<string, string> {
  return new Map(acronyms.flatMap((a) => [[foldName(a.long), foldName(a.short)] as [string, string], [foldName(a.short), foldName(a.short)] as [string, string]]));
}
