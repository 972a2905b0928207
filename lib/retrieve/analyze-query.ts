import type { PartReference } from './part-reference';
import type { Acronym } from '../types';
import { asksEffect, EFFECT_TERMS, EFFECT_WEIGHT } from './effect-question';
import { findAliases } from './aliases';
import { expandShortYears, foldText, idTokens, isStopword, terms, words } from './tokenize';

export type QuestionType = 'when' | 'how-many' | 'who' | 'why' | 'where' | 'source' | 'table' | 'what';

export interface QueryAnalysis {
  text: string;
  type: QuestionType;
  /** Weighted lexical terms: the question's own terms at 1, expansions lower. */
  terms: { term: string; weight: number }[];
  years: string[];
  /** Periods named as decades or ranges ("the 1940s", "between 1994 and 1997"), inclusive. */
  periods: [number, number][];
  numbers: string[];
  /** Quoted phrases and multi-word proper names, folded. */
  phrases: string[];
  /** Capitalised names (not sentence-initial), folded. */
  names: string[];
  /** Acronym and alias expansions found ("SEMAR" -> "Mexican Navy Secretariat", "Washington" -> "United States"). */
  expansions: string[];
  /** For each acronym expansion, the form the question used: a text with either one covers it. */
  expandedFrom: Record<string, string>;
  /** Aliases the question uses ("washington"), read as their expansions. */
  aliases: string[];
  /** The part of the thesis the question says to look in, set by search from the corpus's section titles too (`partOf`). */
  part?: PartReference | null;
}

/** "Admiral Gortney said he met Mexico's leaders in 2015. Which generals did he meet?": the statements before the question set its scene. */
const LEADING_STATEMENT = /^[^?]{3,300}?[.!]\s+(?=(?:which|who|whom|what|when|where|how|why)\b)/i;

/** The question without a leading clause: "During his 1995 trip to Mexico, which ..." → "which ...". */
export function mainClause(question: string): string {
  return question
    .trim()
    .replace(LEADING_STATEMENT, '')
    .replace(/^[^,?]{3,160},\s*(?=(which|who|what|when|where|how|why|did|does|do|is|are|was|were|has|have|had|can|could|will|would)\b)/i, '');
}

/** "What happened to the helicopters? Why?": a closing "why" says a reason is asked. */
export const CLOSING_WHY = /\?\s*(?:and\s+)?why\s*\??\s*$/i;

/** "What was Pershing doing taking troops into Mexico?": the purpose of a deed the question names. */
export const ASKS_PURPOSE = /^\s*what (?:was|were|is|are) [^?]{1,60}? doing (?!so\b)\w+ing\b/i;

/** "What finally pushed Mexico into the war?", "What made relations go bad?", "What was behind …?": what brought something about is its reason. */
export const ASKS_TRIGGER = /^\s*what (?:(?:\w+ly|actually|first) )?(?:pushed|drove|led|made|prompted|brought|dragged|forced|triggered|sparked|spurred|motivated|convinced|persuaded|was behind|is behind)\b(?! (?:it|this|that) (?:possible|clear)\b)(?! to\b)/i;

/** "What upset Mexico about …", "What bothered Mexican officials about …": who felt it, an actor ("the balance of power" is none). */
export const UPSET_WHOM =
  /^\s*what (?:upset|bothered|annoyed|angered|irritated|offended|frustrated|troubled|worried) ((?:[^?]{0,40}?\b)?(?:mexic\w*|colombi\w*|americ\w*|u\.?s\.?|united states|canad\w*|panam\w*|washington|bogot\w*|officials?|government|leaders?|people|citizens|officers?|generals?|army|navy|military|president|senate|congress|public|critics|lawmakers)\b[^?]{0,30}?) (?:about|over|regarding|in|with)\b/i;

/**
 * "What was Mexico's gripe about …?", "What upset Mexico about the way NORTHCOM was set up?": a
 * grievance is told with its reason, as a why-question's answer is.
 */
export const ASKS_GRIEVANCE = new RegExp(
  String.raw`^\s*what (?:was|were|is|are) [^?]{0,60}?\b(?:gripes?|complaints?|grievances?|beefs?|objections?|quarrels?) (?:about|with|over|regarding|against|to)\b|${UPSET_WHOM.source}`,
  'i',
);

/** "What's the overall dollar figure for Plan Colombia?", "what was the total cost of …": a sum of money. */
const ASKS_SUM =
  /\bwhat(?:['’]s| is| was| were| are)? (?:the |its |their )?(?:(?:overall|total|combined|final|full) )?(?:dollar|money|monetary|funding) (?:figure|amount|value|total|sum)s?\b|\bwhat(?:['’]s| is| was| were)? (?:the |its |their )?(?:overall|total|combined|full) (?:figure|amount|cost|sum|price|bill|tab|price tag)\b/i;

export function questionType(q: string): QuestionType {
  // "the U.S. Presidential Unit Citation" is an award's name, not a question about citations.
  // "After … in 1914, where did the fleet go?": the question word after a leading clause decides.
  const full = q.replace(/(?<=\S\s+)Citations?\b/g, 'award').toLowerCase();
  const s = mainClause(full);
  if (/\b(which|what) (?:(?:two|three|four|five|other|main|primary) )?(source|sources|author|reference|work|footnote|outlet|newspaper|news outlet)s?\b|\badapted from\b|\b(?:kind|type|sort) of (?:source|publication|document)\b|\bsources? (?:back|backs|backed|support|supports|supported)\b|\b(?:un)?sourced\b|\bcit(e|es|ed|ing|ation)\b|\b(who|what) (is|was|are|were) the sources?\b|\bsources? (for|of|behind) the (claim|statement|figure|account)\b|\bis the source (for|of|behind)\b|^\s*(the )?sources? (for|of|on|behind)\b|^\s*who (wrote|authored|published)\b|\b(written|authored) by\b|^\s*where (?:does|did|do) (?:(?:the|this|that|these|those) (?:figures?|numbers?|claims?|statements?|quotes?|quotations?|data|estimates?|statistics?|stats?|information|info|details?|facts?|counts?)\b|table \d)[^?]*\bcomes? from\b|^\s*where (?:does|did|do) (?:the |this )?(?:thesis|author|writer) get\b|^\s*(?:is|are|was|were) (?:the |this |that )?(?:claims?|statements?|figures?|numbers?) (?:that |about |of )?[^?]*\b(?:supported|backed(?: up)?|documented|footnoted|referenced)\b/.test(full)) return 'source';
  // A cooperation "rating" is given only by the tables (High, Med, Low, None); the prose rates nothing.
  if (/\btables?\b|\brat(?:ed|ing|ings)\b/.test(full)) return 'table';
  // "Who set the limit on how many troops …": the question word that opens it decides, not one inside a clause.
  const opensOther = /^\s*(?:who|when|where|why)\b/.test(s);
  if (!opensOther && (/\bhow (many|much|long|large|big)\b|\bwhat (amount|number|percentage)\b/.test(s) || ASKS_SUM.test(s))) return 'how-many';
  if (/^\s*when\b|\bwhat (year|date|month|decade)\b|\b(?:in )?which (?:year|month)\b/.test(s)) return 'when';
  if (/^\s*why\b|^\s*how come\b|[,;:]\s*why\b|\breason|\bexplain|\bcause/.test(s) || ASKS_PURPOSE.test(s) || ASKS_TRIGGER.test(s) || ASKS_GRIEVANCE.test(s) || CLOSING_WHY.test(s)) return 'why';
  if (/^\s*who\b|\bwhich (general|admiral|president|commander|person|officer|leader)\b/.test(s)) return 'who';
  if (/^\s*where\b/.test(s)) return 'where';
  return terseType(s) ?? 'what';
}

/**
 * A lookup typed as keywords, with no question word ("merida initiative total funding through
 * FY2016", "exact date plan colombia was approved"): what it asks for, from its nouns.
 */
function terseType(s: string): QuestionType | null {
  if (/\b(?:what|which|who|whom|whose|when|where|why|how)\b|^\s*(?:did|does|do|is|was|were|are|can|could|has|have|had|name)\b/.test(s)) return null;
  // "square miles of territory mexico lost after the 1846-48 war": a measure asks for a figure, as does a toll ("colombian killed and wounded in korea").
  if (/\b(?:number of|per (?:year|month|week|day)|annually|each year|total|amount|funding|assistance|aid|cost|budget|killed|wounded|dead|deaths|casualties|losses|(?:square )?(?:miles|kilometers|kilometres|acres|hectares)|(?:metric )?tons|percent(?:age)?)\b/.test(s)) return 'how-many';
  if (/^\s*(?:(?:exact|precise) )?(?:date|year|day|month)\b|\b(?:date|year)\s*\??\s*$/.test(s)) return 'when';
  return null;
}

/** Expands acronyms both ways using the thesis's own list. */
export function expandAcronyms(q: string, acronyms: Acronym[]): string[] {
  return acronymExpansions(q, acronyms).map((e) => e.expansion);
}

/** Each acronym expansion with the form the question used ("NORTHCOM" → "United States Northern Command", and back). */
export function acronymExpansions(q: string, acronyms: Acronym[]): { expansion: string; source: string }[] {
  const out: { expansion: string; source: string }[] = [];
  const qFold = ` ${words(q).join(' ')} `;
  // "when was northcom created": typed without capitals, an acronym of three letters or more still reads as one.
  const flags = isLowercase(q) ? 'i' : '';
  for (const a of acronyms) {
    if (new RegExp(`\\b${a.short}s?\\b`, a.short.length >= 3 ? flags : '').test(q)) out.push({ expansion: a.long, source: a.short });
    const longWords = words(a.long).join(' ');
    if (longWords.split(' ').length > 1 && qFold.includes(` ${longWords} `)) out.push({ expansion: a.short, source: a.long });
  }
  return out;
}

/**
 * A question typed without any capital ("did colombia fight in vietnam"): its names and acronyms
 * must be recognised otherwise. One that starts with a capital and names nothing ("How many
 * helicopters did they get?") is typed with capitals and simply has no names.
 */
export function isLowercase(q: string): boolean {
  return !/[A-ZÀ-Þ]/.test(q);
}

/** Decades ("the 1940s", "early 1950s") and explicit ranges ("from 1994 to 1997", "1994–1997"). */
export function queryPeriods(q: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of q.matchAll(/\b(early|mid|late)?[-\s]*(1[6-9]\d0|20\d0)s\b/gi)) {
    const start = Number(m[2]);
    const part = m[1]?.toLowerCase();
    out.push(part === 'early' ? [start, start + 4] : part === 'late' ? [start + 5, start + 9] : part === 'mid' ? [start + 3, start + 7] : [start, start + 9]);
  }
  out.push(...yearRanges(q));
  return out;
}

/** Explicit year ranges: "from 1994 to 1997", "between 1994 and 1997", "1994–1997". */
export function yearRanges(q: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of q.matchAll(/\b(?:between|from)?\s*(1[6-9]\d\d|20\d\d)\s*(?:and|to|through|until|-|–)\s*(1[6-9]\d\d|20\d\d)\b/g)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (b > a) out.push([a, b]);
  }
  return out;
}

/** Words that open a question without naming anything. */
const OPENERS =
  /^(besides|per|during|after|before|under|according|since|given|apart|aside|beyond|despite|following|regarding|concerning|unlike|like|once|while|although|though|because|then|there|here|name|list|describe|explain|compare|summarize|summarise|tell|give|show|other|roughly|approximately|exactly|briefly|overall|both|each|every|can|could|would|should|will|must|may|might|has|have|had|are|were|do)$/i;

const QUESTION_WORDS = new Set(['What', 'When', 'Who', 'Why', 'How', 'Which', 'Where', 'In', 'Did', 'Does', 'Is', 'Was', 'The', 'According']);

export function analyzeQuery(q: string, acronyms: Acronym[], context?: string): QueryAnalysis {
  const aliases = findAliases(q);
  const pairs = acronymExpansions(q, acronyms);
  const expansions = [...pairs.map((p) => p.expansion), ...aliases.map((a) => a.expansion)];
  const own = terms(q);
  const weighted = new Map<string, number>();
  for (const t of own) weighted.set(t, Math.max(weighted.get(t) ?? 0, 1));
  for (const e of expansions) for (const t of [...terms(e), ...idTokens(e)]) if (!weighted.has(t)) weighted.set(t, 0.6);
  for (const t of idTokens(q)) weighted.set(t, 1);
  if (context) for (const t of terms(context)) if (!weighted.has(t)) weighted.set(t, 0.35);
  if (asksEffect(q)) for (const t of EFFECT_TERMS) if (weighted.has(t)) weighted.set(t, EFFECT_WEIGHT);

  // "the mid-90s" is the mid-1990s: a period, not the figure 90.
  const written = expandShortYears(q);
  const years = [...new Set(written.match(/\b(1[6-9]\d\d|20\d\d)(?!s)\b/g) ?? [])];
  const periods = queryPeriods(written);
  const numbers = [...new Set((written.match(/\$?\d[\d,]*(?:\.\d+)?(?!\d*s\b)/g) ?? []).map((n) => n.replace(/[$,]/g, '')))].filter(
    (n) => !years.includes(n),
  );
  const phrases = [...q.matchAll(/["“]([^"”]{3,})["”]/g)].map((m) => foldText(m[1]).trim());
  const names: string[] = [];
  // A capitalised word may join others by hyphens ("Mexican-American War").
  for (const m of q.matchAll(/(?<![\p{L}\p{M}])(\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)*(?:\s+(?:\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)*|de|del|of)(?![\p{L}\p{M}]))*(?:\s+\p{Lu}[\p{Ll}\p{M}]+)?)/gu)) {
    let name = m[1];
    // "Per Table 6, …": the opener is not part of the name that follows it.
    const first = name.split(/\s+/)[0];
    if (m.index === q.search(/\S/) && name.includes(' ') && (isStopword(first.toLowerCase()) || OPENERS.test(first))) name = name.slice(first.length).trim();
    if (QUESTION_WORDS.has(name.split(/\s+/)[0]) && !name.includes(' ')) continue;
    // A capital that only starts the question ("Besides ...", "Per the summary ...") is not a name.
    if (m.index === q.search(/\S/) && !name.includes(' ') && (isStopword(name.toLowerCase()) || OPENERS.test(name))) continue;
    const cleaned = name.replace(/^(What|When|Who|Why|How|Which|Where|In|Did|Does|Is|Was|The|According)\s+/, '');
    if (cleaned.length > 2) names.push(foldText(cleaned));
    if (cleaned.includes(' ')) phrases.push(foldText(cleaned));
  }
  return {
    text: q,
    type: questionType(q),
    terms: [...weighted].map(([term, weight]) => ({ term, weight })),
    years,
    periods,
    numbers,
    phrases: [...new Set(phrases)],
    names: [...new Set(names)],
    expansions,
    expandedFrom: Object.fromEntries(pairs.map((p) => [p.expansion, p.source])),
    aliases: aliases.map((a) => a.alias),
  };
}
