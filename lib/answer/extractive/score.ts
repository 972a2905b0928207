import { asksFeeling, feelerTerms, feelingFit, tellsFeeling } from './feeling';
import { asksMotive, tellsMotive } from './motive';
import { ASKS_TRIGGER, type QuestionType } from '../../retrieve/analyze-query';
import { REASON_CUE } from '../../retrieve/reason-cue';
import { terms } from '../../retrieve/tokenize';
import type { Candidate } from './candidates';
import { contains, coverage, type QuestionTerm } from '../../retrieve/question-terms';
import type { WordSimilarity } from '../../retrieve/word-similarity';
import { givenFigures, RELATIVE_DATE, typeFit, typeIsStrict, YEAR } from './type-cues';
import { askedAbout, askedDetail } from './asked-detail';
import { inPart, partReference, type PartReference } from '../../retrieve/part-reference';
import { memberFit, type MemberAsk } from './category-members';
import { definesAsked } from './definition';
import { otherCaseStudy } from './case-study';
import { otherPeriod } from './period-relation';

export interface ScoreWeights {
  /** Coverage of the question by the sentence itself. */
  sentence: number;
  /** Coverage by the sentence with its neighbours. */
  window: number;
  /** The same for questions asking a reason: a reason sentence seldom repeats the deed it explains, which its neighbours tell. */
  reasonWindow: number;
  /** Fit to the question type (a date for when, a figure for how many, ...); strict types weigh it more. */
  type: number;
  strictType: number;
  /** Fit for questions whose answer is a slot the question leaves open: a person (who), a place (where), a reason (why). */
  slotType: number;
  /** Table rows, for questions about a table. */
  tableRow: number;
  /** Sentences in the part of the thesis the question names ("the abstract", "the conclusion"). */
  namedPart: number;
  /** Multiplier for sentences outside the part of the thesis the question names ("according to Chapter IV"). */
  outsidePart: number;
  /** Prior for better-ranked passages. */
  rank: number;
  /** For source questions: the sentence carries a footnote marker. */
  footnoted: number;
  /** Multiplier for footnote records when the question is not about sources. */
  footnoteRecord: number;
  /** For source questions: multiplier for sentences without a footnote marker. */
  unfootnoted: number;
  /** Multiplier for roadmap sentences ("This chapter will analyze ...") unless the question is about the thesis's structure. */
  roadmap: number;
  /** For "Who is General Wilhelm?": a sentence introducing the person (title and given names, or a description). */
  introduces: number;
  /** Bonus, times window coverage, for a sentence telling of the feeling a why-question asks about. */
  feeling: number;
  /** Bonus, times window coverage, for a sentence stating the motive a why-question about an actor's deed asks for. */
  motive: number;
  /** Share of the score lost for each of the question's names, years and figures missing from the sentence's window (scaled down for common ones). */
  missingAnchor: number;
  /** The same for a figure the question names ("the 131 Colombian deaths"): the question is about that figure. */
  missingFigure: number;
  /** For "Which theory …" (a kind the thesis enumerates): share of the score lost by a sentence naming none of its members. */
  member: number;
  /** Multiplier for a sentence placing the question's event in another time ("just before World War II" for "during World War II"). */
  otherPeriod: number;
  /** Multiplier for a sentence about the other case study ("Table 3 … United States and Colombia" for a question about Mexico). */
  otherCaseStudy: number;
  /** Multiplier for a sentence that asks rather than states ("What explains the variation …?"), unless the question is about the thesis's questions. */
  interrogative: number;
}

export const DEFAULT_WEIGHTS: ScoreWeights = {
  sentence: 1.1,
  window: 0.3,
  reasonWindow: 0.75,
  type: 0.1,
  strictType: 0.25,
  slotType: 0,
  tableRow: 0.4,
  namedPart: 0.15,
  outsidePart: 0.8,
  rank: 0.05,
  footnoted: 0.1,
  footnoteRecord: 0.6,
  unfootnoted: 0.8,
  missingAnchor: 0.2,
  missingFigure: 0.5,
  introduces: 0.3,
  feeling: 0.2,
  motive: 0.2,
  roadmap: 0.7,
  member: 0.4,
  otherPeriod: 0.85,
  otherCaseStudy: 0.6,
  interrogative: 0.5,
};

/** Sentences about the document itself ("This chapter will analyze ...", "Table 4 will show ..."): they outline, they do not answer. */
const ROADMAP =
  /^(?:(?:First|Then|Next|Finally|Lastly|Second|Third),?\s+)?(?:(?:[Tt]his|[Tt]he next|[Tt]he following|[Tt]he previous|[Tt]he last|[Ee]ach|[Tt]he first|[Tt]he second|[Tt]he third|[Tt]he final) (?:chapter|section|part|review|literature review)|Chapter [IVX]+)\b[^.]{0,40}?\b(?:will|analy[sz]es|examines|looks|discusses|describes|presents|outlines|begins|ends|concludes|identifies|covers|reviews|provides)\b|^Tables? \d+(?: and \d+)? will\b/;

/** A roadmap sentence, for a question not about the thesis's structure: it outlines rather than answers. */
export function outlinesOnly(text: string, question: string): boolean {
  return ROADMAP.test(text) && !STRUCTURE.test(question);
}

const STRUCTURE = /\b(chapters?|sections?|organi[sz]ed|structure|outline|roadmap)\b/i;

/** A sentence that asks: the thesis's own questions ("Why do two countries cooperate militarily with each other?"). */
const ASKS = /\?[”"’)]*$/;
/** A question about the thesis's own questions ("What is the research question?", "What puzzle …"). */
const ABOUT_QUESTIONS = /\b(?:questions?|puzzles?|asks?|asked)\b/i;

/** A sentence that asks rather than states, for a question not about the thesis's questions. */
export function asksOnly(text: string, question: string): boolean {
  return ASKS.test(text.trim()) && !ABOUT_QUESTIONS.test(question);
}

const TITLES = 'General|Admiral|President|Secretary|Senator|Colonel|Lieutenant|Captain|Commander|Ambassador|Minister|Major|Professor|Dr\\.';

/**
 * "Who is General Wilhelm?", "Who was Santa Anna?": the sentences that introduce the person —
 * title and given names before the surname ("General Charles E. Wilhelm"), or a description after
 * it ("Bradley Coleman, an historian …") — answer best.
 */
export function introducesPerson(question: string): RegExp | null {
  // "What was General Wilhelm's first name?" is answered where he is introduced too.
  const detail = askedDetail(question);
  const asked = askedAbout(question) ?? (detail?.kind === 'given-name' ? detail.surname : null);
  if (!asked) return null;
  const surname = asked.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\b(?:${TITLES})\\s+(?:[A-Z][\\w.'’-]*\\s+){1,3}${surname}\\b|\\b(?:[A-Z][\\w.'’-]*\\s+){1,3}${surname},\\s+(?:a|an|the|then|former)\\s`);
}

/** Words asking for a reason: "why", "what reasons", "how come". */
const ASKS_REASON = /\b(?:why|reasons?|how come)\b/i;

/** A sentence opening with one of these states a consequence of the sentence before it. */
export const CONSEQUENCE = /^(Therefore|Thus|As a result|Consequently|Hence|For this reason|Accordingly|Because of this)\b/;

/** "Why couldn't the task force arrest smugglers?": asks what kept something from happening. */
const WHY_NOT = /^\s*why\b[^?]*?\b(?:not|cannot|unable|(?:could|can|did|does|do|would|wo|was|were|is|are|had|has|have)n['’]?t)\b/i;

/** Words that say something was not allowed or not possible: the answer to a why-not question. */
const RESTRICTION = /\b(?:precluded|prohibit(?:s|ed|ing)?|forb(?:id|ids|ade|idden)|bann?(?:ed|s)|barred|restricted|not (?:allowed|permitted|authori[sz]ed)|unable|lack(?:ed|s|ing)?)\b/i;

/** Whether the sentence gives what kept the asked thing from happening, for a why-not question. */
export function givesRestriction(question: string, text: string): boolean {
  return WHY_NOT.test(question) && RESTRICTION.test(text);
}

/**
 * Reason fit for why-questions: "Therefore, X" gives X's reason in the sentence before, so that
 * sentence is the reason and "Therefore, X" itself only restates the question. For "Why couldn't
 * …", a restriction ("we are precluded from any law enforcement action") is the reason.
 */
function reasonFit(c: Candidate, next: Candidate | undefined, whyNot: boolean, asked: Set<string>, trigger = false): number {
  if (next && CONSEQUENCE.test(next.text)) return 1;
  if (trigger && TRIGGER_WHEN.test(c.text)) return 1;
  if (CONSEQUENCE.test(c.text)) return typeFit('why', c.text.replace(CONSEQUENCE, ''));
  if (whyNot && RESTRICTION.test(c.text)) return 1;
  return typeFit('why', c.text) && !restatesQuestion(c.text, asked) ? 1 : 0;
}

/** "What drew Mexico into the war?" — "… drawn into the war … when German U-boats attacked …": a "when" clause (not a date) tells what set it off. */
const TRIGGER_WHEN = /\bwhen\s+(?!\d)(?:the\s+|a\s+|an\s+)?[\w-]+\s+[\w-]+/;

/** Words read after a reason's cue. */
const REASON_WORDS = 8;
/** Every cue in a sentence (matchAll copies it, so the one pattern serves every call). */
const REASON_CUES = new RegExp(REASON_CUE.source, 'gi');

/**
 * Whether every reason the sentence gives is the question's own words: "Calderon decided to use
 * the military … to combat TOC networks" does not say why he brought it into the fight against them.
 */
export function restatesQuestion(text: string, asked: Set<string>): boolean {
  const reasons = [...text.matchAll(REASON_CUES)].map((m) => terms(text.slice(m.index + m[0].length).split(/[,;:.]/)[0].split(/\s+/).slice(0, REASON_WORDS).join(' ')));
  return reasons.length > 0 && reasons.every((r) => r.length > 0 && r.every((t) => asked.has(t)));
}

/** Sentences read back for the year a sentence dated by an earlier one ("That same year, …") takes. */
export const RELATIVE_REACH = 4;

/** The nearest sentence before a sentence dated by an earlier one that gives a year, within its passage. */
export function datedAntecedent<T extends { c: Candidate }>(c: Candidate, at: (passage: number, index: number) => T | undefined): T | undefined {
  for (let d = 1; d <= RELATIVE_REACH; d++) {
    const s = at(c.passage, c.index - d);
    if (s && YEAR.test(s.c.text)) return s;
  }
  return undefined;
}

/** False for a sentence dated only by an earlier one whose year its passage does not give. */
function datedBefore(c: Candidate, at: Map<string, Candidate>): boolean {
  if (!RELATIVE_DATE.test(c.text) || YEAR.test(c.text)) return true;
  return !!datedAntecedent(c, (p, i) => {
    const x = at.get(`${p}:${i}`);
    return x && { c: x };
  });
}

/** Numbers that label rather than count: "9/11", "Tables 3 and 4", "footnote 35", "H2", "Chapter 2". */
const LABEL_NUMBERS = /\b9\/11\b|\b(?:tables?|chapters?|footnotes?|notes?|pages?|pp?\.|sections?|hypothes[ie]s|h)\s*\d+(?:\s*(?:,|and|&|or|-|–)\s*\d+)*/gi;

/** The figures a question names ("the 131 Colombian deaths", "$2.8 billion"), as terms: not years, not labels. */
export function questionFigures(question: string): Set<string> {
  const plain = question.replace(LABEL_NUMBERS, ' ');
  return new Set((plain.match(/\d[\d,.]*\d|\d/g) ?? []).flatMap((n) => terms(n)).filter((t) => !/^(?:1[5-9]|20)\d\d$/.test(t)));
}

const SLOT_TYPES = new Set<QuestionType>(['who', 'where', 'why']);

export const YEAR_TERM = /^(1[5-9]\d\d|20\d\d)$/;
/** Share of the loss for a missing name or year kept when the answer's passage names it outside the sentence's window. */
export const IN_PASSAGE_SHARE = 0.5;

export interface Scored {
  c: Candidate;
  score: number;
  cov: number;
  windowCov: number;
  fit: number;
}

/** Scores candidate sentences by how much of the question they (and their neighbours) cover, type fit and rank. */
export function scoreCandidates(
  candidates: Candidate[],
  q: QuestionTerm[],
  type: QuestionType,
  tableQuestion: boolean,
  question: string,
  sim?: WordSimilarity,
  w: ScoreWeights = DEFAULT_WEIGHTS,
  members: MemberAsk | null = null,
  /** A follow-up's conversation: the people it names are not new to the question. */
  followUp?: string,
  /** The part of the thesis the question names (search finds it by section title too). */
  part: PartReference | null = partReference(question),
): Scored[] {
  const anchors = q.filter((t) => t.anchor);
  const given = givenFigures(question);
  // "Who is General Wilhelm?" and "What was Plan Colombia?": the sentence saying who or what it is.
  const introduction = introducesPerson(question) ?? definesAsked(question);
  const feeling = type === 'why' && asksFeeling(question);
  const motive = type === 'why' && !feeling && asksMotive(question);
  const feeler = feeling ? feelerTerms(question) : [];
  // A question about how the thesis is organised is answered by its roadmap sentences.
  const roadmapPenalty = !STRUCTURE.test(question);
  const at = new Map(candidates.map((c) => [`${c.passage}:${c.index}`, c]));
  const whyNot = WHY_NOT.test(question);
  const trigger = ASKS_TRIGGER.test(question);
  // "Does the thesis say realism or liberalism best explains …?" is typed why, but asks which, not for a reason.
  const windowWeight = type === 'why' && ASKS_REASON.test(question) ? w.reasonWindow : w.window;
  const asked = new Set([...q.map((t) => t.term), ...terms(question)]);
  // A figure the question names is what it is about: a sentence without it is about something else.
  const figures = questionFigures(question);
  return candidates
    .map((c) => {
      const cov = coverage(q, c, sim);
      const windowCov = coverage(q, c.window, sim);
      const fit = members
        ? memberFit(c.terms, members)
        : feeling
          ? feelingFit(c, feeler, () => reasonFit(c, at.get(`${c.passage}:${c.index + 1}`), whyNot, asked, trigger))
          : type === 'why'
            ? reasonFit(c, at.get(`${c.passage}:${c.index + 1}`), whyNot, asked, trigger)
          : type === 'when' && !datedBefore(c, at)
            ? 0
            : typeFit(type, c.text, given, question, followUp);
      const typeWeight = typeIsStrict(type) ? w.strictType : SLOT_TYPES.has(type) ? w.slotType : w.type;
      let score = w.sentence * cov + windowWeight * windowCov + typeWeight * fit * (cov + windowCov) / 2 + w.rank / (1 + c.rank);
      if (members) score *= 1 - w.member * (1 - fit);
      if (tableQuestion && (c.kind === 'table-row' || c.kind === 'table')) score += w.tableRow * windowCov;
      if (introduction?.test(c.text)) score += w.introduces * windowCov;
      if (feeling && tellsFeeling(c.text)) score += w.feeling * windowCov;
      if (motive && tellsMotive(c.text)) score += w.motive * windowCov;
      if (part) score = inPart(part, c.kind, c.section) ? score + w.namedPart * windowCov : score * w.outsidePart;
      if (roadmapPenalty && ROADMAP.test(c.text)) score *= w.roadmap;
      if (asksOnly(c.text, question)) score *= w.interrogative;
      if (otherPeriod(question, c.text)) score *= w.otherPeriod;
      if (otherCaseStudy(question, c.terms)) score *= w.otherCaseStudy;
      if (type === 'source') score = c.footnoted || c.kind === 'footnote' ? score + w.footnoted * windowCov : score * w.unfootnoted;
      else if (c.kind === 'footnote') score *= w.footnoteRecord;
      for (const a of anchors) {
        if (contains(c.window.terms, a)) continue;
        // A year the passage gives elsewhere sets the scene ("In 2002, … established NORTHCOM. … Mexico did not like …"),
        // but a date or a figure must be of the asked year itself.
        const share = !typeIsStrict(type) && YEAR_TERM.test(a.term) && c.passageTerms && contains(c.passageTerms, a) ? IN_PASSAGE_SHARE : 1;
        score *= figures.has(a.term) ? 1 - w.missingFigure : 1 - share * w.missingAnchor * Math.min(1, a.weight / 3);
      }
      return { c, score, cov, windowCov, fit };
    })
    .sort((a, b) => b.score - a.score);
}
