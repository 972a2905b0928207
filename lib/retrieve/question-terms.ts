import { isLowercase, yearRanges, type QueryAnalysis } from './analyze-query';
import { COUNTRY_WORDS } from './countries';
import { contentWords, expandShortYears, idTokens, stem, terms, capitalAcronyms } from './tokenize';
import { partOf } from './part-reference';
import { premiseOnlyTerms } from './premise';
import { asksEffect, EFFECT_TERMS } from './effect-question';
import { isRoleWord, personalName } from './personal-name';
import type { WordSimilarity } from './word-similarity';

/** Words that frame a question rather than name what it is about. */
const FRAMING = new Set(
  terms(
    'many much number go year years date happen happened arise arose occur occurred kind type role mean means meant exactly way ways compare compares compared comparison ' +
      'source sources cite cites cited citing citation author authors scholar claim claims idea reference references think thinks believe believes ' +
      'report reports reported support supports supported rely relies footnote work whose quote quoted name named ' +
      'table tables assign assigns rate rates mark marked level describe describes period periods find finds argue argues conclude concludes ' +
      'figure figures statement statements sourced insist insists contend contends assert asserts',
  ),
);

/** "… has to happen at the source": where a thing is done, not a citation. */
const AT_THE_SOURCE = /\bat (?:the|its|their) source\b/i;
const SOURCE_TERMS = terms('source');

/** Whether the question asks for an example ("What example does the thesis use to show …", "… use as an example of …"). */
export function asksExample(question: string): boolean {
  return EXAMPLE_ASKED.test(question) || EXAMPLE_AS.test(question);
}

const EXAMPLE_ASKED =
  /\b(?:what|which)\s+(examples?|cases?|instances?|illustrations?)\s+(?:does|do|did)\s+(?:\S+\s+){1,4}?(use|uses|give|gives|offer|offers|cite|cites|provide|provides)\b(?:\s+to\s+(show|illustrate|demonstrate|prove|support|make)\b)?/i;

/** "Which countries does the author use as an example of …": the same, asked the other way round. */
const EXAMPLE_AS = /\b(use|uses|used|give|gives|gave|cite|cites|cited|offer|offers|offered)\s+as\s+(?:an?\s+)?(examples?|cases?|instances?|illustrations?)\s+of\b/i;

/** Idioms that stress a question without naming what it is about. */
const FILLER_IDIOMS =
  /\b(?:in the first place|^\s*how come|at all|in general|after all|of course|anyway|all the way|(?<=\bwhy\b.*)bother(?:ed)?(?= to\b| \w+ing\b)|(?<=^\s*what (?:(?:\w+ly|actually|first) )?)(?:pushed|drove|led|made|prompted|triggered|sparked|spurred)(?= \w)|(?:get|gets|got|getting)(?= \w+(?:ed|wn|en)\b))\b/gi;

/** Corpus statistics the answerer weighs question terms with. */
export interface TermStats {
  idf(term: string): number;
  /** Number of records containing the term (0: the corpus never uses it). */
  df(term: string): number;
  /** Every term of the corpus, for matching stems the light stemmer leaves apart ("declare"/"declar"). */
  vocabulary?: () => Iterable<string>;
  /** Whether the thesis text itself (not only a footnote or bibliography entry) uses the term. */
  inBody?: (term: string) => boolean;
  /** Whether the corpus writes the term as a name (with a capital in mid-sentence), for questions typed in lowercase. */
  isName?: (term: string) => boolean;
  /** Whether the corpus has an identifier ("fy2017", "uh60", "h3"; see idTokens). */
  hasId?: (id: string) => boolean;
  /** Whether the thesis text has a phrase (folded, words in a row), for the names of programs and operations. */
  hasPhrase?: (phrase: string) => boolean;
}

/** Statistics for a text with no corpus behind it (tests, fixtures): every term known, idf 1. */
export const UNIFORM_STATS: TermStats = { idf: () => 1, df: () => 1 };

/**
 * Whether two stems are one word in different forms ("declare"/"declar", "mexico"/"mexican",
 * "disrupt"/"disruption"): a shared prefix of 5+ letters, one side adding at most 1 letter and the
 * other at most 3.
 */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  // Only a term opening with a digit can be a period ("1930s", "1994-1997").
  if ((startsWithDigit(a) || startsWithDigit(b)) && (isPeriod(a) || isPeriod(b))) return inPeriod(a, b) || inPeriod(b, a);
  if (a[0] !== b[0] || /\d/.test(a) || /\d/.test(b)) return false;
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  const [ra, rb] = [a.length - p, b.length - p];
  // "intervention"/"interven(e)": a noun in -tion or -sion beside its verb.
  const nominal = /(?:t|s)ion$/.test(ra > rb ? a : b) && Math.max(ra, rb) === 4;
  // "democracy"/"democratic", "diplomacy"/"diplomatic": a noun in -cy beside its adjective in -tic.
  const adjective = p >= 5 && [a.slice(p), b.slice(p)].sort().join('/') === 'cy/tic';
  return adjective || (p >= 5 && Math.min(ra, rb) <= 1 && (Math.max(ra, rb) <= 3 || nominal));
}

/** Endings that make a name another form of itself: "Colombia"/"Colombian", "Mexican"/"Mexicans". */
const NAME_ENDINGS = new Set(['s', 'es', 'n', 'an', 'ian', 'ns', 'ans', 'ians', 'ese']);

/** `sameWord` for names: when one is the start of the other, only a demonym or plural ending joins them. */
function sameName(a: string, b: string): boolean {
  if (!sameWord(a, b)) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return !long.startsWith(short) || NAME_ENDINGS.has(long.slice(short.length));
}

/** "1930s" (a decade) or "1994-1997" (a range) as a term: matches any year in it. */
function isPeriod(t: string): boolean {
  return /^\d{3}0s$/.test(t) || /^\d{4}-\d{4}$/.test(t);
}

function inPeriod(period: string, year: string): boolean {
  if (!isPeriod(period) || !/^\d{4}$/.test(year)) return false;
  if (period.endsWith('s')) return year.startsWith(period.slice(0, 3));
  const [from, to] = period.split('-').map(Number);
  return Number(year) >= from && Number(year) <= to;
}

function startsWithDigit(t: string): boolean {
  const c = t.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** Terms opening with digits share one group: a period ("1999-2001") holds years of another first digit. */
function initialOf(t: string): string {
  return startsWithDigit(t) ? '0' : t[0];
}

const initialsCache = new WeakMap<Set<string>, { size: number; groups: Map<string, string[]> }>();
const NONE: string[] = [];

/**
 * The terms of a set that `sameWord` could match with the term: those of its first letter (all
 * figures for a figure). Grouped once per set (term bags are scanned for every question).
 */
function sameInitial(have: Set<string>, term: string): Iterable<string> {
  if (have.size < 16) return have;
  let cached = initialsCache.get(have);
  if (!cached || cached.size !== have.size) {
    const groups = new Map<string, string[]>();
    for (const h of have) {
      const key = initialOf(h);
      const g = groups.get(key);
      if (g) g.push(h);
      else groups.set(key, [h]);
    }
    initialsCache.set(have, (cached = { size: have.size, groups }));
  }
  return cached.groups.get(initialOf(term)) ?? NONE;
}

/** Whether a set of terms contains the term or another form of it. */
export function hasTerm(have: Set<string>, term: string): boolean {
  if (have.has(term)) return true;
  for (const h of have) if (sameWord(h, term)) return true;
  return false;
}

export interface QuestionTerm {
  term: string;
  /** Importance: the question's own terms count fully, expansions and conversation context less; times idf. */
  weight: number;
  /** Figures, years and the words of capitalised names: things an answer must not miss. */
  anchor: boolean;
  /** The corpus contains the term at all. */
  known: boolean;
  /** The question's own term (not an expansion or context). */
  own: boolean;
  /** The word as the question spells it (folded), for word-vector matching; null for expansions. */
  surface: string | null;
  /** An acronym of the question ("NORTHCOM"): only the same term matches, not a word it starts with ("North"). */
  exact?: boolean;
  /** A word of the conversation before a follow-up question, not of the question itself. */
  context?: boolean;
  /** For a word of an acronym's expansion: the terms of the form the question used; a text with those covers this word. */
  alternative?: string[];
  /** Per-question memo: other terms found to be (or not be) this word in another form. */
  forms?: Map<string, boolean>;
  /** Per-question memo: similarity of the surface word to other words. */
  similar?: Map<string, number>;
}

/** Whether a set of terms contains the question term or another form of it (memoised per question term). */
export function contains(have: Set<string>, t: QuestionTerm): boolean {
  if (have.has(t.term)) return true;
  if (t.exact) return false;
  const forms = (t.forms ??= new Map());
  for (const h of sameInitial(have, t.term)) {
    let same = forms.get(h);
    if (same === undefined) forms.set(h, (same = sameWord(h, t.term)));
    if (same) return true;
  }
  return false;
}

/**
 * "American", "America": the United States, which the thesis writes "U.S." in nearly every
 * passage. Like "U.S." in a question, not a name an answer must repeat: "the American command" is
 * the "U.S. Caribbean Defense Command".
 */
const UNITED_STATES = new Set(['american', 'america']);

/** Weight of an identifier term (about the idf of a rare word). */
const ID_WEIGHT = 3;

/** A question term unknown to the corpus still counts, at this share of its weight, in coverage. */
const UNKNOWN_WEIGHT = 0.5;
/** Word similarity from which a question word counts as matched by another word ("cops"/"police"). */
export const SOFT_MATCH = 0.5;
/** Credit for a soft match, times the similarity. */
const SOFT_CREDIT = 0.8;

/**
 * The terms an answer should cover: the question's own terms (weight 1), acronym expansions (0.6)
 * and, for follow-ups, the earlier turns' terms (0.35); each times its idf. Related-word
 * expansions that retrieval may add are left out: they widen recall, not what the answer must say.
 */
export function questionTerms(analysis: QueryAnalysis, stats: TermStats, context?: string): QuestionTerm[] {
  // A name known only from a footnote or the bibliography ("Suez" in a title) is not something the
  // thesis discusses, unless the question asks about sources.
  const bodyOnly = analysis.type !== 'source' && stats.inBody;
  // Names, figures and acronyms ("NORTHCOM", "FARC") are what an answer must be about.
  // "did colombia fight in vietnam": no capitals to tell names and acronyms by, so the corpus's own casing and acronym list do.
  const lowercase = isLowercase(analysis.text);
  const typedAcronyms = lowercase ? Object.values(analysis.expandedFrom ?? {}).filter((a) => /^[A-Z]{3,}$/.test(a)) : [];
  const acronyms = [...capitalAcronyms(analysis.text), ...typedAcronyms].flatMap((a) => terms(a));
  const anchors = new Set([...analysis.years, ...analysis.numbers, ...analysis.names.flatMap((n) => terms(personalName(n))), ...acronyms, ...typedNameWords(analysis.text, stats)]);
  const surface = new Map(contentWords(analysis.text).map((w) => [stem(w), w]));
  const unnamed = unknownProgramWords(analysis.text, stats);
  const weights = new Map<string, number>();
  for (const t of terms(analysis.text)) weights.set(t, 1);
  // "the late 1930s" asks about a decade, not the year 1930.
  for (const [, y] of expandShortYears(analysis.text).matchAll(/\b(1[5-9]\d0|20\d0)s\b/g)) {
    weights.delete(y);
    anchors.delete(y);
    weights.set(`${y}s`, 1);
    anchors.add(`${y}s`);
  }
  // "between 1994 and 1997" asks about the years between; a text naming the ends still says it best.
  for (const [a, b] of yearRanges(analysis.text)) {
    for (const y of [String(a), String(b)]) {
      weights.set(y, 0.5);
      anchors.delete(y);
    }
    weights.set(`${a}-${b}`, 1);
    anchors.add(`${a}-${b}`);
  }
  // "United States Northern Command" for "NORTHCOM": a text naming NORTHCOM covers the expansion's words too.
  const alternativeOf = new Map<string, string[]>();
  for (const e of analysis.expansions) {
    const source = analysis.expandedFrom?.[e];
    for (const t of terms(e)) {
      if (weights.has(t)) continue;
      // An alias is read as its expansion ("the Pentagon" as "Department of Defense"): those words are the question's own.
      weights.set(t, source ? 0.6 : 1);
      if (source) alternativeOf.set(t, terms(source));
    }
    // And the other way: a text naming "AOR" covers the question's "area of responsibility".
    if (source && /^[A-Z]{2,}$/.test(e)) for (const t of terms(source)) if (!alternativeOf.has(t)) alternativeOf.set(t, terms(e));
  }
  // "Did the U.S. military ever fight in Colombia?" is answered by "… have never engaged one another in all-out combat".
  if (weights.has('ever') && !alternativeOf.has('ever')) alternativeOf.set('ever', ['never']);
  const fromContext = new Set<string>();
  for (const t of context ? terms(context) : []) {
    if (weights.has(t)) continue;
    weights.set(t, 0.35);
    fromContext.add(t);
  }
  // "Washington" stands for "the United States": its expansion carries it, whether or not the corpus uses the word.
  const aliased = new Set(analysis.aliases.flatMap((a) => terms(a)));
  // An identifier ("FY2016", "UH-60") is something the answer must be about, like a name or a year.
  const out: QuestionTerm[] = idTokens(analysis.text).map((term) => ({
    term,
    weight: ID_WEIGHT,
    anchor: !!stats.hasId,
    known: stats.hasId?.(term) ?? true,
    own: true,
    surface: null,
  }));
  // "According to the concluding chapter": where to look, not what to find.
  const part = partOf(analysis);
  const whereTerms = new Set(part ? terms(part.span) : []);
  // "What was General Wilhelm's first name?": "first" says which name, not what to find.
  for (const [, w] of analysis.text.matchAll(/\b(first|given|full|christian) names?\b/gi)) for (const t of terms(w)) whereTerms.add(t);
  // "Why can't the US just station troops …": the adverb, not the name "Operation Just Cause".
  if (/\bjust\b/.test(analysis.text)) whereTerms.add('just');
  // "Why are they taught to distrust the U.S. in the first place?": idioms that stress, not say what.
  for (const [idiom] of analysis.text.matchAll(FILLER_IDIOMS)) for (const t of terms(idiom)) whereTerms.add(t);
  // "What example does the literature review use to show that …": the words asking for an example say what kind of answer, not what it is about.
  const example = EXAMPLE_ASKED.exec(analysis.text) ?? EXAMPLE_AS.exec(analysis.text);
  if (example) for (const w of example.slice(1)) if (w) for (const t of terms(w)) whereTerms.add(t);
  // "How did the Korean War affect relations?": "affect" asks for a consequence; the thesis rarely says it in that word.
  if (asksEffect(analysis.text)) for (const t of EFFECT_TERMS) whereTerms.add(t);
  const premiseOnly = premiseOnlyTerms(analysis.text);
  for (const [term, weight] of weights) {
    if ((FRAMING.has(term) && !(SOURCE_TERMS.includes(term) && AT_THE_SOURCE.test(analysis.text))) || whereTerms.has(term) || (weight >= 1 && aliased.has(term))) continue;
    const own = weight >= 1;
    const anchor = own && !UNITED_STATES.has(term) && (anchors.has(term) || (lowercase && ((!!stats.isName?.(term) && !isRoleWord(surface.get(term) ?? term)) || COUNTRY_WORDS.has(surface.get(term) ?? term))));
    // A name is known in another form only as a demonym or plural ("Colombian"), not as a longer name ("France" is not "Franco").
    const variant = anchor ? sameName : sameWord;
    let known = stats.df(term) > 0;
    let idf = stats.idf(term);
    if (!known && stats.vocabulary) {
      for (const v of stats.vocabulary()) {
        if (!variant(v, term)) continue;
        known = true;
        idf = stats.idf(v);
        break;
      }
    }
    if (anchor && known && bodyOnly && !bodyOnly(term)) known = [...(stats.vocabulary?.() ?? [])].some((v) => variant(v, term) && bodyOnly(v));
    if (unnamed.has(term)) known = false;
    // "… at Fort Bragg since 1984 — when did it get renamed?": a name only the opening claim uses may be its error, which the answer corrects.
    const anchored = anchor && (known || !premiseOnly.has(term));
    const w = weight * idf * (known ? 1 : UNKNOWN_WEIGHT);
    const alternative = alternativeOf.get(term);
    out.push({
      term,
      weight: w,
      anchor: anchored,
      known,
      own,
      surface: own ? (surface.get(term) ?? null) : null,
      ...(own && acronyms.includes(term) ? { exact: true } : {}),
      ...(alternative?.length ? { alternative } : {}),
      ...(fromContext.has(term) ? { context: true } : {}),
    });
  }
  return out;
}

/** What a stretch of text offers for matching: its stems and its surface words. */
export interface TermBag {
  terms: Set<string>;
  words: Set<string>;
}

/**
 * Weighted share of the question's terms a text covers (0..1): exact or same-word matches count
 * fully; with word similarity, a question word (not a name or figure) close to a word of the text
 * counts partly. Terms the corpus never uses weigh less but still count, so a question about
 * something else ("heroin", "website") is covered less.
 */
export function coverage(q: QuestionTerm[], bag: TermBag, sim?: WordSimilarity): number {
  let total = 0;
  let found = 0;
  for (const t of q) {
    total += t.weight;
    found += t.weight * termCredit(t, bag, sim);
  }
  return total > 0 ? found / total : 0;
}

/** How far a text covers one question term: 1 for the word or another form of it, partly for a close word, else 0. */
export function termCredit(t: QuestionTerm, bag: TermBag, sim?: WordSimilarity): number {
  if (contains(bag.terms, t)) return 1;
  if (t.alternative?.every((a) => bag.terms.has(a))) return 1;
  if (!sim || !t.surface || t.anchor) return 0;
  let best = 0;
  if (sim.near) {
    // Few corpus words are close to any one word: look those up rather than scan the text.
    const near = sim.near(t.surface, SOFT_MATCH);
    // The best over the words both have: walk the smaller side.
    if (near.size <= bag.words.size) {
      for (const [w, s] of near) if (s > best && bag.words.has(w)) best = s;
    } else {
      for (const w of bag.words) {
        const s = near.get(w);
        if (s !== undefined && s > best) best = s;
      }
    }
    return best >= SOFT_MATCH ? SOFT_CREDIT * best : 0;
  }
  const near = (t.similar ??= new Map());
  for (const w of bag.words) {
    let s = near.get(w);
    if (s === undefined) near.set(w, (s = sim(t.surface, w)));
    if (s > best) best = s;
  }
  return best >= SOFT_MATCH ? SOFT_CREDIT * best : 0;
}

const CAPITALISED = String.raw`\p{Lu}[\p{L}'’-]*`;
/** "Operation Just Cause", "the Rio Treaty", "the Monroe Doctrine": the name of an operation or a program, which the thesis writes whole if it names it. */
const PROGRAM = new RegExp(
  String.raw`\bOperation((?:\s+${CAPITALISED}){1,3})|((?:${CAPITALISED}\s+){1,3})(?:Initiative|Treaty|Accords?|Doctrine|Pact)\b`,
  'gu',
);

/**
 * The words naming an operation or a program the thesis never names: "What was Operation Just
 * Cause?" is not about "operation" and "cause", each of which the thesis uses. Only these names,
 * which are written whole when written at all; a descriptive name ("the Punitive Expedition")
 * may be a paraphrase of what the thesis tells.
 */
function unknownProgramWords(question: string, stats: TermStats): Set<string> {
  const out = new Set<string>();
  if (!stats.hasPhrase) return out;
  for (const m of question.matchAll(PROGRAM)) {
    const name = (m[1] ?? m[2]).trim();
    if (/^(?:The|A|An|What|Which|Who|When|Did|Does|Is|Was)$/.test(name.split(/\s+/)[0]) || stats.hasPhrase(m[0])) continue;
    for (const t of terms(name)) out.add(t);
  }
  return out;
}

/** "the treaty of guadalupe hidalgo", "the battle of san jacinto" typed in lower case: the words naming it (group 1). */
const TYPED_NAME = /\b(?:treaty|battle|siege|massacre|pact|doctrine|operation) (?:of )?([a-z]+(?: [a-z]+){0,2})/g;

/**
 * The words of a treaty's, a battle's or an operation's name typed in lower case that the corpus
 * never uses: names, as they would be in capitals, so the question is about something the thesis
 * does not discuss. Words it does use ("the battle of buena vista") are left to the other rules.
 */
function typedNameWords(question: string, stats: TermStats): string[] {
  const out: string[] = [];
  for (const [, name] of question.matchAll(TYPED_NAME)) {
    for (const w of name.split(' ')) {
      const [t] = terms(w);
      if (!t) break;
      if (stats.df(t) === 0) out.push(t);
    }
  }
  return out;
}

/** Share of a question's own words unknown to the corpus from which it is taken to be about something else. */
export const OFF_TOPIC_SHARE = 0.4;

/** Similarity from which a word the thesis never uses has a close one it does ("soil"/"territory", "hurdles"/"obstacles"). */
export const NEAR_WORD_SIMILARITY = 0.6;

/**
 * A name the thesis never uses, or a question largely in words it never uses: it is about something
 * else. In a question naming what the thesis discusses, a common word with a close word in the
 * thesis counts half: "Why does Mexico refuse to let foreign troops be based on its soil?" asks in
 * other words about what the thesis says.
 */
export function isOffTopic(q: QuestionTerm[], sim?: WordSimilarity): boolean {
  const { unknownAnchors, unknownShare } = unknownSignals(q);
  if (unknownAnchors.length > 0) return true;
  const own = q.filter((t) => t.own);
  // Only for a question naming something the thesis discusses ("Mexico"): "What programming language is best for building a website?" names nothing.
  if (unknownShare < OFF_TOPIC_SHARE || !sim?.near || !own.some((t) => t.anchor && t.known)) return unknownShare >= OFF_TOPIC_SHARE;
  const unknown = own.filter((t) => !t.known);
  const near = unknown.filter((t) => t.surface && sim.near!(t.surface, NEAR_WORD_SIMILARITY).size > 0);
  return (unknown.length - 0.5 * near.length) / own.length >= OFF_TOPIC_SHARE;
}

/** Signals that a question is about something the corpus does not contain. */
export function unknownSignals(q: QuestionTerm[]): { unknownAnchors: string[]; unknownShare: number } {
  const own = q.filter((t) => t.own);
  // A follow-up with no words of its own ("Which sources does the thesis cite for this?") is judged
  // by the conversation's. One with words the thesis never uses ("How tall was he?") is not rescued
  // by them: "How much did it cost?" after "What was Plan Colombia?" abstains, as "How tall was he?" must.
  const context = q.filter((t) => t.context);
  const asked = own.length ? own : context;
  return {
    unknownAnchors: own.filter((t) => t.anchor && !t.known).map((t) => t.term),
    unknownShare: asked.length ? asked.filter((t) => !t.known).length / asked.length : 1,
  };
}
