import { sameWord } from './question-terms';
import { terms } from './tokenize';
import { framesPart, type PartReference } from './part-reference';

/** A section of the thesis by its id and title ("I.A.3", "Cooperation and Constructivism"). */
export interface SectionTitle {
  id: string;
  title: string;
}

/** "the constructivism bit", "in the Colombia chapter": up to three words before a word for a part. */
const BEFORE_PART = /\bthe\s+((?:[\p{L}.'’-]+\s+){1,3}?)(section|subsection|part|bit|chapter|portion)\b/giu;
/** "the section on constructivism", "the part about Colombia". */
const PART_ON = /\b(section|subsection|part|bit|chapter|portion)\s+(?:on|about|covering|dealing with)\s+(?:the\s+)?((?:[\p{L}.'’-]+\s*){1,3})/giu;

/** Words that pick a part out by position or kind, not by its title ("the first part", "the theory chapter"). */
const NOT_TITLE = new Set(terms('first second third last final next previous same other whole main this that which what earlier later'));

/** Each corpus's section titles as terms, computed once: titledPart runs on every search. */
const titleTerms = new WeakMap<SectionTitle[], { id: string; words: string[] }[]>();

function termsOfTitles(sections: SectionTitle[]): { id: string; words: string[] }[] {
  let out = titleTerms.get(sections);
  if (!out) titleTerms.set(sections, (out = sections.map((s) => ({ id: s.id, words: terms(s.title) }))));
  return out;
}

/** At most this many sections may share the words: more, and the words do not pick a part out. */
const MAX_SECTIONS = 3;

/**
 * A part of the thesis the question names by words of its title ("in the constructivism bit" →
 * "Cooperation and Constructivism"; "in the Colombia chapter" → chapter III): where the answer
 * should come from, as for "the conclusion". Only where the question frames it as where to look;
 * null when the words match no title, or too many.
 */
export function titledPart(question: string, sections: SectionTitle[]): PartReference | null {
  const titles = termsOfTitles(sections);
  for (const re of [BEFORE_PART, PART_ON]) {
    for (const m of question.matchAll(re)) {
      // "in the Colombia chapter" says where to look; "how come the Colombia part only goes back to 1900?" asks about the part.
      if (!framesPart(question, m.index!, m[0].length)) continue;
      const [named, noun] = re === BEFORE_PART ? [m[1], m[2]] : [m[2], m[1]];
      const words = terms(named).filter((w) => !NOT_TITLE.has(w));
      if (!words.length) continue;
      // "the Colombia chapter" is chapter III, not every section whose title names Colombia.
      const chapter = /^chapter$/i.test(noun);
      const matched = titles.filter((t) => (!chapter || !t.id.includes('.')) && words.every((w) => t.words.some((x) => sameWord(x, w))));
      // A chapter and its sections all match "Colombia": the outermost part holds the rest.
      const outer = matched.filter((t) => !matched.some((o) => o !== t && t.id.startsWith(`${o.id}.`)));
      if (outer.length && outer.length <= MAX_SECTIONS) return { span: m[0], abstract: false, sections: outer.map((t) => t.id) };
    }
  }
  return null;
}
