import type { Corpus } from '../../types';
import { hasTerm, sameWord } from '../../retrieve/question-terms';
import { stem, terms } from '../../retrieve/tokenize';
import { mainClause } from './asked-detail';

/** Kinds the thesis enumerates, by the stem of their plural noun: "theory" → realism, liberalism, constructivism. */
export type Categories = Map<string, string[]>;

const COUNT = '(?:two|three|four|five|six|[2-9])';
const MEMBER = "[A-Za-zÀ-ÿ’'-]+(?: [A-Za-zÀ-ÿ’'-]+){0,2}";

/**
 * "These three theories are realism, liberalism, and constructivism", "three generic IR
 * hypotheses—liberalism, constructivism, and realism—": a counted plural noun, then a list of as
 * many members of it.
 */
const ENUMERATION = new RegExp(
  `\\b(${COUNT})\\s+(?:[\\w()-]+\\s+){0,3}?([a-z]+s)\\s*(?:\\s(?:are|were|include)\\s|:\\s*|—\\s*)((?:${MEMBER},\\s+)+(?:and|or)\\s+${MEMBER})`,
  'g',
);

const WORD_COUNT: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6 };

/** The enumerations of a set of texts, as the stem of the plural noun and its members' words. */
export function enumerations(texts: Iterable<string>): Categories {
  const out: Categories = new Map();
  for (const text of texts) {
    for (const m of text.matchAll(ENUMERATION)) {
      const want = WORD_COUNT[m[1].toLowerCase()] ?? Number(m[1]);
      const members = m[3].split(/,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+/).map((s) => s.trim()).filter(Boolean);
      if (members.length !== want) continue;
      const head = stem(m[2].toLowerCase());
      const known = out.get(head) ?? [];
      out.set(head, [...new Set([...known, ...members.map((s) => s.toLowerCase())])]);
    }
  }
  return out;
}

const cache = new WeakMap<Pick<Corpus, 'chunks'>, Categories>();

/** Built once per corpus from its passages. */
export function corpusCategories(corpus: Pick<Corpus, 'chunks'>): Categories {
  let out = cache.get(corpus);
  if (!out) cache.set(corpus, (out = enumerations(corpus.chunks.filter((c) => c.kind === 'passage' || c.kind === 'abstract').map((c) => c.searchText))));
  return out;
}

export interface MemberAsk {
  members: string[];
  /** "Which theories …" asks for all of them; "Which theory …" for one. */
  plural: boolean;
}

const AUXILIARY = /^(is|are|was|were|do|does|did|has|have|had|can|could|would|should|will)$/i;

/** "Which IR theory best explains …": the members of the kind a which-question asks for, when the thesis enumerates them. */
export function askedMembers(question: string, categories: Categories): MemberAsk | null {
  const m = /^\s*(?:(?:in|under|by|to) )?(?:which|what)\s+([\w\s.'’-]*)/i.exec(mainClause(question));
  if (!m) return null;
  const words = m[1].trim().split(/\s+/);
  // "What are the three theories …" asks for all of them.
  const all = /^(are|were)$/i.test(words[0]);
  for (const word of words.slice(all ? 1 : 0, 5)) {
    // "What is the theory of …", "What does realism say": the question's verb comes before any kind it asks for.
    if (AUXILIARY.test(word)) return null;
    // "Which theorist says …" asks for a person who holds a theory, not for one of the theories.
    if (/ists?$/i.test(word)) return null;
    const head = stem(word.toLowerCase());
    // "hypothesis" and "hypotheses" stem apart ("hypothesis", "hypothes"): any form of the noun.
    const members = categories.get(head) ?? [...categories].find(([kind]) => sameWord(kind, head))?.[1];
    if (members) return { members, plural: all || (word.toLowerCase() !== head && /s$/i.test(word)) };
  }
  return null;
}

/**
 * How many of the members a text (or a sentence's terms, already read) names, in any form of their
 * words ("realist" for "realism", "liberal" for "liberalism").
 */
export function membersNamed(text: string | Set<string>, members: string[]): number {
  const have = typeof text === 'string' ? new Set(terms(text)) : text;
  return members.filter((member) => terms(member).every((t) => hasTerm(have, t))).length;
}

/**
 * Fit of a sentence to a question asking for one member: 1 when it names some of them, 0.5 when it
 * lists them all (it defines the kind rather than choosing), 0 when it names none.
 */
export function memberFit(text: string | Set<string>, ask: MemberAsk): number {
  const named = membersNamed(text, ask.members);
  if (named === 0) return 0;
  return named === ask.members.length && !ask.plural ? 0.5 : 1;
}

/**
 * "Does the thesis say realism or liberalism best explains …?": the two members of one kind a
 * question offers as a choice, or null.
 */
export function askedOptions(question: string, categories: Categories): [string, string] | null {
  for (const [, a, b] of question.matchAll(/\b([A-Za-z][\w-]*) or ([A-Za-z][\w-]*)\b/g)) {
    for (const members of categories.values()) {
      const [ma, mb] = [a, b].map((w) => members.find((m) => membersNamed(w, [m]) > 0));
      if (ma && mb && ma !== mb) return [ma, mb];
    }
  }
  return null;
}

