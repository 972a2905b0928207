import { partOf } from '../../retrieve/part-reference';
import type { NumberedPassage } from '../../cite/types';
import type { QueryAnalysis, QuestionType } from '../../retrieve/analyze-query';
import { adjacentRecordId, sentenceCandidates } from './candidates';
import { contains, coverage, hasTerm, isOffTopic, questionTerms, unknownSignals, type QuestionTerm, type TermBag, type TermStats } from '../../retrieve/question-terms';
import { datedAntecedent, DEFAULT_WEIGHTS, IN_PASSAGE_SHARE, scoreCandidates, YEAR_TERM, type Scored, type ScoreWeights } from './score';
import { foldText, terms } from '../../retrieve/tokenize';
import { answerType, countedQualifiers, countedWords, RELATIVE_DATE, typeIsStrict } from './type-cues';
import { namesMachine, unmetConstraints } from './constraints';
import { countryExampleLead, namingLead } from './asked-name';
import { portrayalLead } from './portrayal';
import { juxtaposedCause, reasonedRestatement, reasonOnlyElsewhere } from './reasoned-restatement';
import { askedWords, countsWithFigure } from './detail-evidence';
import { askedAbout, askedDetail, askedRole, NAMING } from './asked-detail';
import type { FigureRivals } from './figure-rivals';
import { CONSEQUENCE, givesRestriction, outlinesOnly } from './score';
import { otherCaseStudy } from './case-study';
import type { WordSimilarity } from '../../retrieve/word-similarity';
import { askedMembers, askedOptions, type Categories } from './category-members';
import { addDurationStart, addEvidenceRival, addFigureRivals, addOptionStatements, addOtherMembers, addPeriodRows, RIVAL_SHARE } from './joining-sentences';
import { needsContext } from '../../retrieve/needs-context';
import { addContrastingTurn, addCounterEvidence } from './counter-evidence';
import { addOtherPart } from './two-part';
import { asksToll, tellsToll } from './toll';
import { claimedValues, statesClaimedKind } from './claim-check';
import { opensWithSubject, whySubject } from './motive';

export interface PlanOptions {
  /** Below this confidence the answerer abstains. Calibrated on the eval sets (scripts/eval-answers.ts --sweep). */
  abstainBelow: number;
  weights: ScoreWeights;
  maxSentences: number;
  /** Sentences not to use ("What else …?" after an answer that showed them). */
  skip?: (sentence: string) => boolean;
}

export const DEFAULT_PLAN: PlanOptions = { abstainBelow: 0.15, weights: DEFAULT_WEIGHTS, maxSentences: 3 };

export interface Plan {
  type: QuestionType;
  confidence: number;
  abstain: boolean;
  /** Chosen sentences in answer order. */
  picks: Scored[];
  /** The sentence the answer is built around. */
  best: Scored | null;
  unknownAnchors: string[];
  /** For a question about one footnote ("What does footnote 35 say?"): its number, so the answer relays that one. */
  footnote?: number;
  /** "What does footnote 35 cite?": relay that footnote in its own words, not its bibliography entry's. */
  footnoteInFull?: boolean;
  /** A sentence to write after a pick (by index), citing the passages given: what the citation audit found there. */
  notes?: ({ text: string; passages: number[] } | undefined)[];
}

/** Confidence kept for each of the question's constraints the chosen sentences leave unmet (below any sensible threshold: the detail asked for is missing). */
export const UNMET_FACTOR = 0.1;

/** An identifier term ("uh1h", "c130j", "p47"; see idTokens). */
const ID_TERM = /^[a-z]{1,4}\d{1,4}[a-z]?$/;
/** Confidence lost when the answer's window gives a year, but not the one the question names. */
const OTHER_YEAR_LOSS = 0.8;
/** A span of years the question asks about, as its term ("2000-2015"). */
const YEAR_SPAN_TERM = /^(1[5-9]\d\d|20\d\d)-(1[5-9]\d\d|20\d\d)$/;

/** Confidence lost in proportion to the share of the question's words the corpus never uses. */
const UNKNOWN_PENALTY = 1;

/** Share of the best score within which a sentence giving what the question asks for is preferred to it. */
const CLOSE_SHARE = 0.9;
/** The same for "Who is the current commander of SOUTHCOM?": a sentence naming a holder of the role beats one about the role that names nobody. */
const HOLDER_CLOSE_SHARE = 0.75;
/** For any who-question, a sentence naming a new person beats one naming none from this share of the best score. */
const WHO_CLOSE_SHARE = 0.8;
/** A sentence telling a toll by a figure leads a how-many question about the dead or wounded from this share of the best score. */
const TOLL_SHARE = 0.7;
/** For "Which Mexican air unit …", a sentence naming one ("its 201st Fighter Squadron") leads from this share of the best score. */
const NAME_SHARE = 0.7;
/** For "How did X characterize Y?", a sentence portraying Y leads from this share of the best score. */
const PORTRAYAL_SHARE = 0.5;
/** For "What example … countries …", a sentence naming a country leads from this share of the best score. */
const EXAMPLE_SHARE = 0.85;
/** For "What label do they give …" or "What aircraft …", a sentence giving a term or a machine's name leads if it scores this share of the best. */
const TERM_SHARE = 0.8;

/** Openings that point back to the sentence before ("This buildup …"); "This thesis" and "This chapter" point at the document. */
const ANAPHOR =
  /^(This|These|That|Those|It|Its|They|Their|He|His|She|Her|Such|The two|Both)\b(?! (?:thesis|chapter|section|study|research)\b)|^(?:\S+\s+){1,3}(?:this|these|such)\s+(?!(?:thesis|chapter|section|study|research)\b)[a-z]+\b/;
/**
 * "President Roosevelt sent these U.S. Army planes …": "these" before a capitalised word points back
 * too. For joining the sentence pointed back to; such a sentence may still join an answer on its own.
 */
const POINTS_BACK_TO_NAME = /^(?:\S+\s+){1,3}(?:this|these|such)\s+(?!(?:thesis|chapter|section|study|research)\b)[A-Z]/;
const WANTS_EVIDENCE_KIND: QuestionType[] = ['when', 'how-many', 'why', 'who', 'where'];

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / Math.max(1, a.size + b.size - shared);
}

/**
 * Confidence that the best sentence answers the question (0..1): coverage of the question's known
 * terms by the sentence and its neighbours, discounted by the share of question words the corpus
 * never uses; zero when the question names something (a name, a year) the corpus never mentions.
 */
export function confidenceOf(best: Scored, picks: Scored[], q: QuestionTerm[], type: QuestionType, question: string, sim?: WordSimilarity, followUp?: string, candidates: Scored[] = []): number {
  if (isOffTopic(q, sim)) return 0;
  const { unknownShare } = unknownSignals(q);
  let c = (0.5 * best.cov + 0.5 * best.windowCov) * (1 - UNKNOWN_PENALTY * unknownShare);
  // The detail the question asks for (a duration, a name, a figure for the counted thing) must be there.
  c *= UNMET_FACTOR ** unmetConstraints(question, type, best, picks, q, sim, followUp, candidates).length;
  // The question's names, years and acronyms should be where the answer is.
  // For a date or a figure they must be there: "$391 million in FY2017" does not answer "in FY2016".
  const loss = typeIsStrict(type) ? 0.6 : 0.4;
  // A year the question names, where the answer gives another year ("UNITAS 2013" for "in 2014"), is a different event.
  // A reason is given for the sentence's own event: a neighbour's year ("In 2007, …" after "This creation would upset Mexico because …") is of another.
  const otherYear = [...(type === 'why' ? best.c.terms : best.c.window.terms)].some((t) => YEAR_TERM.test(t));
  // "2007 or 2008?": either year the question offers answers it.
  const offered = offeredYears(question);
  const givesOffered = offered.some((y) => best.c.window.terms.has(y));
  for (const a of q) {
    if (!a.anchor || contains(best.c.window.terms, a) || (givesOffered && offered.includes(a.term))) continue;
    // A name or year the passage gives elsewhere sets the scene the sentence belongs to ("In 1941, …" two sentences back).
    const share = best.c.passageTerms && contains(best.c.passageTerms, a) ? IN_PASSAGE_SHARE : 1;
    c *= 1 - share * (otherYear && YEAR_TERM.test(a.term) ? OTHER_YEAR_LOSS : loss * Math.min(1, a.weight / 3));
  }
  // A date or figure taken from another sentence must be of the asked year too: "From 1946 to 1995, … 766" does not count 2010.
  const evidence = typeIsStrict(type) && best.fit < 1 ? picks.find((p) => p !== best && p.fit === 1) : undefined;
  const evidenceYears = evidence ? [...evidence.c.window.terms].filter((t) => YEAR_TERM.test(t)).map(Number) : [];
  if (evidenceYears.length) {
    for (const a of q) if (a.anchor && YEAR_TERM.test(a.term) && !contains(evidence!.c.window.terms, a)) c *= 1 - OTHER_YEAR_LOSS;
    // Nor of another span: "From 1946 to 1995, … 766" does not count the graduates of 2000–2015.
    for (const a of q) {
      const span = a.anchor ? YEAR_SPAN_TERM.exec(a.term) : null;
      if (span && !evidenceYears.some((y) => y >= Number(span[1]) && y <= Number(span[2]))) c *= 1 - OTHER_YEAR_LOSS;
    }
  }
  // Nor of another thing: "about $750 million in other U.S. military aid" is not what the UH-1H helicopters cost.
  if (evidence) for (const a of q) if (a.anchor && ID_TERM.test(a.term) && !contains(evidence.c.terms, a)) c *= 1 - OTHER_YEAR_LOSS;
  return c;
}

/** A sentence going on about what the one before told: opening "The"/"This"/"It", or "these"/"this" among its first words. */
const GOES_ON = /^(?:The|This|These|It|They)\b|^(?:\S+\s+){1,5}(?:[Tt]hese|[Tt]his|[Tt]hose|[Ss]uch)\s/;

/** The years a question offers as a choice ("When did it start, 2007 or 2008?"). */
export function offeredYears(question: string): string[] {
  const m = /\b(1[5-9]\d\d|20\d\d)\s*,?\s+or\s+(?:in\s+)?(1[5-9]\d\d|20\d\d)\b/.exec(question);
  return m ? [m[1], m[2]] : [];
}

/** Share of a sentence after which the name a question asks about counts as brought in at its end. */
const END_SHARE = 0.6;

/** Whether the sentence ends by bringing in the thing the question names in several words (its `phrases`, folded). */
function introducesAtEnd(text: string, phrases: string[]): boolean {
  const folded = foldText(text).replace(/[.”"’)\s]+$/, '');
  return phrases.some((p) => {
    const at = folded.lastIndexOf(p);
    return at >= 0 && at + p.length >= folded.length - 1 && at >= END_SHARE * folded.length - p.length;
  });
}

/** The scored sentence at a passage's index, if it is a candidate. */
const sentenceAt = (scored: Scored[]) => (passage: number, index: number) => scored.find((s) => s.c.passage === passage && s.c.index === index);

/**
 * The sentences around the best one: a neighbour holding what the question type asks for
 * ("This 11-week course ..."), the sentence an anaphor points back to, and a second fact for
 * questions with more than one part (or further rows of the same table).
 */
function choosePicks(
  best: Scored,
  scored: Scored[],
  q: QuestionTerm[],
  type: QuestionType,
  max: number,
  question: string,
  sim?: WordSimilarity,
  asksMember = false,
  phrases: string[] = [],
): Scored[] {
  const at = sentenceAt(scored);
  // The sentences next to the best, in the next (or previous) record when the best ends (or opens) its own.
  const after = at(best.c.passage, best.c.index + 1) ?? acrossRecords(scored, best, 1);
  const before = at(best.c.passage, best.c.index - 1) ?? acrossRecords(scored, best, -1);
  const beside = (s: Scored | undefined) => !!s && (s === after || s === before);
  const picks: Scored[] = [best];
  // "Who was Pablo Lopez?" asks about him: a neighbour naming someone else is no better answer.
  const introduction = type === 'who' && askedAbout(question) !== null;
  // "How many soldiers were killed": a figure for two companies, in the sentence setting the scene, is not one for soldiers.
  const countedPhrase = countedWords(question);
  const countedHere = type === 'how-many' ? countedPhrase : [];
  const demonyms = countedQualifiers(question);
  const countsHere = (s: Scored) => countsWithFigure(s.c.text, countedHere, sim, demonyms);
  const lacksCount = countedHere.length > 0 && !countsHere(best);
  if (WANTS_EVIDENCE_KIND.includes(type) && (best.fit < 1 || lacksCount) && !introduction) {
    // Prefer a neighbour that mentions what is counted ("land" for "how much land"), then coverage.
    const counted = countedPhrase.flatMap((w) => terms(w));
    // "Therefore, X": the reason for X is the sentence before.
    const cause = type === 'why' && CONSEQUENCE.test(best.c.text) ? best.c.index - 1 : null;
    // "Which Colombian head of state ...": a neighbour naming a president beats one naming a general.
    const role = type === 'who' ? askedRole(question) : null;
    // "What helicopters … and how many?": a neighbour giving the designation asked for too ("30 Bell OH-58 helicopters").
    const model = askedDetail(question)?.kind === 'model';
    // "Why did Mexican officials push back …?": a neighbour opening "Mexican officials …" tells their side.
    const subject = type === 'why' ? whySubject(question) : [];
    const actorsSide = (s: Scored) => beside(s) && opensWithSubject(s.c.text, subject);
    const rank = (s: Scored) =>
      (s.c.index === cause ? 2 : 0) +
      (role?.test(s.c.text) || givesRestriction(question, s.c.text) ? 1 : 0) +
      (counted.some((t) => hasTerm(s.c.terms, t)) ? 1 : 0) +
      (model && namesMachine(s.c.text) ? 1 : 0) +
      s.cov;
    // When the best sentence has a figure but not for what is counted, only a figure for it will do.
    const givesCount = (s: Scored) => best.fit < 1 || !lacksCount || countsHere(s);
    // A reason may come a few sentences on, after what led up to it.
    const [near, second] = [1, -1, 2, -2, 3, ...(type === 'why' || model ? [4] : [])]
      .map((d) => (d === 1 ? after : d === -1 ? before : at(best.c.passage, best.c.index + d)))
      // A reason sharing no word with the question is about something else ("… cooperate to combat these events"), unless the best sentence states its consequence.
      .filter((s): s is Scored => !!s && s.fit === 1 && givesCount(s) && (type !== 'why' || s.cov > 0 || s.c.index === cause))
      .sort((a, b) => rank(b) - rank(a));
    // Failing a stated reason nearby, the actors' side of the event beside it.
    const reaction = near ? undefined : [after, before].find((s) => s && actorsSide(s));
    // Failing that, the best sentence anywhere that has a date or figure at all.
    // For a person or place, only further on in the same passage ("... The operation itself was secret and U.S. Ambassador ...").
    // A figure in the best sentence's own passage is about the scene it sets before one from another passage is.
    const givesNearly = (s: Scored) => s !== best && s.fit === 1 && s.score >= 0.5 * best.score && givesCount(s);
    const elsewhere = typeIsStrict(type)
      ? (scored.find((s) => givesNearly(s) && s.c.passage === best.c.passage) ?? scored.find(givesNearly))
      : type !== 'why'
        ? scored.find((s) => s !== best && s.fit === 1 && s.c.passage === best.c.passage && s.score >= 0.5 * best.score)
        : undefined;
    if (near ?? reaction ?? elsewhere) picks.push((near ?? reaction ?? elsewhere)!);
    // A sentence stating the event a why-question asks about, with a reason on either side: both reasons.
    if (type === 'why' && beside(second)) picks.push(second!);
  }
  // Two adjacent sentences that both match the question usually make the answer together; a
  // topical sentence that leaves a question word open is often followed by what it asks for.
  const next = at(best.c.passage, best.c.index + 1);
  const prev = at(best.c.passage, best.c.index - 1);
  const openTerms = q.filter((t) => t.own && !t.anchor && !contains(best.c.terms, t));
  const open = openTerms.length > 0;
  // A neighbour giving a word of the question the best sentence leaves open ("U.S. forces trained …" for "What training …")
  // comes first. Not for a why-question: the word left open there is not its answer, the reason is.
  const supplies = (s: Scored | undefined) => type !== 'why' && !!s && openTerms.some((t) => contains(s.c.terms, t));
  // For "Which theory …", a neighbour naming none of the theories adds nothing.
  const follow = [next, prev]
    .sort((a, b) => Number(supplies(b)) - Number(supplies(a)))
    .find((s) => s && (s.cov >= 0.5 * best.cov || supplies(s)) && jaccard(s.c.terms, best.c.terms) <= 0.5 && (!asksMember || s.fit > 0) && !outlinesOnly(s.c.text, question));
  // "This meeting … led to a U.S.-Mexico Bilateral Working Group." for "What did the Bilateral Working Group focus on?":
  // a sentence that ends by bringing in what the question asks about is followed by what it says of it.
  const elaborated = type === 'what' && next && !outlinesOnly(next.c.text, question) && introducesAtEnd(best.c.text, phrases) ? next : undefined;
  if (picks.length === 1 && elaborated) picks.push(elaborated);
  else if (picks.length === 1 && follow) picks.push(follow);
  // "President Roosevelt sent these U.S. Army planes … during the inauguration …": a next sentence
  // going on about what the best one told ("these", "this", near its start) may give what it left open.
  else if (picks.length === 1 && open && next && GOES_ON.test(next.c.text)) picks.push(next);
  // "Which idea floated around the 1990 Cartagena summit did Colombians reject?": the best sentence sets the scene;
  // the passage's account goes on to what the question's other words ask ("Colombian civilians hated the idea …").
  else if (picks.length === 1 && open && type === 'what' && !asksMember) {
    const later = [2, 3, 4, 5].map((d) => at(best.c.passage, best.c.index + d)).find((s) => s && supplies(s) && s.cov >= 0.5 * best.cov);
    if (later) picks.push(later);
  }
  const first = picks.reduce((a, b) => (a.c.index <= b.c.index ? a : b));
  if (RELATIVE_DATE.test(first.c.text)) {
    // "That same year, …": the year is that of the nearest sentence before that gives one.
    const dated = datedAntecedent(first.c, at);
    if (dated) picks.push(dated);
  } else if (ANAPHOR.test(first.c.text) || POINTS_BACK_TO_NAME.test(first.c.text)) {
    const prev = at(first.c.passage, first.c.index - 1);
    // A neighbour joined for its words ("This creation would upset …" before the best sentence) whose
    // antecedent shares none of the question's ("After 9/11, NORTHCOM formed …") strays from it: drop it.
    if (prev && (first === best || prev.cov > 0)) picks.push(prev);
    else if (prev) picks.splice(picks.indexOf(first), 1);
  }
  const covered: TermBag = { terms: new Set(picks.flatMap((p) => [...p.c.terms])), words: new Set(picks.flatMap((p) => [...p.c.words])) };
  for (const s of scored.slice(1)) {
    if (picks.length >= max || s.score < 0.75 * best.score) break;
    if (picks.includes(s) || ANAPHOR.test(s.c.text) || picks.some((p) => p.c.text === s.c.text) || otherCaseStudy(question, s.c.terms)) continue;
    const sameTable = s.c.tableTitle !== null && s.c.tableTitle === best.c.tableTitle;
    // For "Which theory …", a sentence listing every theory defines the kind; it does not choose one (a table's rows rate each).
    if (asksMember && s.fit < 1 && !sameTable) continue;
    if (sameTable ? s.score < 0.9 * best.score : picks.some((p) => jaccard(p.c.terms, s.c.terms) > 0.5)) continue;
    const more: TermBag = { terms: new Set([...covered.terms, ...s.c.terms]), words: new Set([...covered.words, ...s.c.words]) };
    // Another passage saying nearly as much about the question may confirm or contradict the first.
    // For dates and figures, a nearly as good figure elsewhere is worth showing too (sources differ).
    const rivalShare = (typeIsStrict(type) || type === 'who' || asksMember) && s.fit === 1 && best.fit === 1 ? RIVAL_SHARE : 0.9;
    const rival = s.c.passage !== best.c.passage && s.score >= rivalShare * best.score;
    if (!sameTable && !rival && coverage(q, more, sim) - coverage(q, covered, sim) < 0.2) continue;
    picks.push(s);
    [covered.terms, covered.words] = [more.terms, more.words];
  }
  return picks;
}

/**
 * The first (or last) sentence of the record after (or before) the sentence's own, when the sentence
 * ends (or opens) its record and that record was retrieved too: a record boundary may split an
 * event from the reaction to it ("… would be participating in an international exercise." |
 * "Mexican officials quickly denounced those intentions …").
 */
function acrossRecords(scored: Scored[], from: Scored, d: 1 | -1): Scored | undefined {
  const own = scored.filter((s) => s.c.passage === from.c.passage);
  if (own.some((s) => (d === 1 ? s.c.index > from.c.index : s.c.index < from.c.index))) return undefined;
  const id = from.c.recordId && adjacentRecordId(from.c.recordId, d);
  if (!id) return undefined;
  const there = scored.filter((s) => s.c.recordId === id);
  return there.reduce<Scored | undefined>((a, s) => (!a || (d === 1 ? s.c.index < a.c.index : s.c.index > a.c.index) ? s : a), undefined);
}

/** The sentence to lead with when the best one lacks what the question asks for: one that gives it, scoring TERM_SHARE of the best. */
function leadGiving(scored: Scored[], gives: (text: string) => boolean, share = TERM_SHARE): Scored | undefined {
  const top = scored[0];
  return !top || gives(top.c.text) ? undefined : scored.find((s) => s.score >= share * top.score && gives(s.c.text));
}

/** The passage that sets the scene ("Colombian soldiers arrived in Korea …") tells its toll later without naming the war again; another passage's toll is of another fight. */
function tollLead(scored: Scored[]): Scored | undefined {
  const top = scored[0];
  if (tellsToll(top.c.text)) return undefined;
  return scored.find((s) => s.score >= TOLL_SHARE * top.score && s.c.passage === top.c.passage && tellsToll(s.c.text));
}

/** Picks the sentences of an extractive answer, or decides to abstain. */
export function planAnswer(
  analysis: QueryAnalysis,
  passages: NumberedPassage[],
  stats: TermStats,
  opts: PlanOptions = DEFAULT_PLAN,
  sim?: WordSimilarity,
  context?: string,
  rivals?: FigureRivals,
  categories?: Categories,
): Plan {
  const type = answerType(analysis.text, analysis.type);
  const q = questionTerms(analysis, stats, context);
  const { unknownAnchors } = unknownSignals(q);
  const tableQuestion = analysis.type === 'table';
  const members = categories ? askedMembers(analysis.text, categories) : null;
  // "Who was his counterpart?": the people the conversation names are not the answer.
  const followUp = context && needsContext(analysis.text) ? context : undefined;
  const candidates = sentenceCandidates(passages).filter((c) => !opts.skip?.(c.text));
  const scored = scoreCandidates(candidates, q, type, tableQuestion, analysis.text, sim, opts.weights, members, followUp, partOf(analysis));
  // Of two nearly equal sentences, the one giving what the question asks for (a person for who) leads.
  const asked = askedDetail(analysis.text);
  const qWords = askedWords(analysis.text, followUp);
  // ("Who is General Wilhelm?" asks about him: another person named is no answer.)
  const share = type === 'who' && asked?.kind === 'person' && asked.role ? HOLDER_CLOSE_SHARE : type === 'who' && askedAbout(analysis.text) === null ? WHO_CLOSE_SHARE : CLOSE_SHARE;
  const close = scored[0] && scored[0].fit < 1 ? scored.find((s) => s.fit === 1 && s.score >= share * scored[0].score) : undefined;
  // "Which two countries …": of nearly equal sentences, one naming them ("two countries, Mexico and Colombia") leads.
  const naming =
    asked?.kind === 'name'
      ? namingLead(scored, asked.noun, qWords, NAME_SHARE, sim)
      : (asked?.kind === 'term' || asked?.kind === 'model') && scored[0]
        ? leadGiving(scored, asked.kind === 'term' ? (t) => NAMING.test(t) : namesMachine)
        : undefined;
  // "How many U.S. military personnel …": of nearly equal sentences, one with a figure for them ("a cap of 800 U.S. military personnel") leads.
  const counted = type === 'how-many' ? countedWords(analysis.text) : [];
  const demonyms = countedQualifiers(analysis.text);
  const counting = counted.length && scored[0] ? leadGiving(scored, (t) => countsWithFigure(t, counted, sim, demonyms), CLOSE_SHARE) : undefined;
  // "How many … were wounded": of the sentences not far behind, one of the best sentence's own passage telling a toll by a figure leads.
  const toll = type === 'how-many' && asksToll(analysis.text) && scored[0] ? tollLead(scored) : undefined;
  // "What example … countries that see each other as enemies": a sentence naming a country leads.
  const example = countryExampleLead(scored, analysis.text, qWords, EXAMPLE_SHARE);
  // "How did the admiral characterize Bogotá?": a sentence portraying Colombia leads over the testimony's date.
  const portrayal = portrayalLead(scored, analysis.text, PORTRAYAL_SHARE);
  const lead = close ?? naming ?? counting ?? toll ?? example ?? portrayal ?? scored[0] ?? null;
  // A why-question's event told again, elsewhere, with its reason after it.
  const best = (lead && type === 'why' && reasonedRestatement(lead, scored, sentenceAt(scored))) || lead;
  const none = { type, picks: [], best, unknownAnchors };
  if (!best || q.length === 0) return { ...none, confidence: 0, abstain: true };

  // A sentence about the other case study ("U.S. and Colombian militaries" for a question about Mexico) says nothing about this one.
  const picks = choosePicks(best, scored, q, type, opts.maxSentences, analysis.text, sim, !!members, analysis.phrases).filter((p) => p === best || !otherCaseStudy(analysis.text, p.c.terms));
  if (rivals && typeIsStrict(type)) addFigureRivals(picks, scored, passages, rivals, opts.maxSentences + 1);
  if (members) addOtherMembers(picks, scored, members, analysis.text, opts.maxSentences + 1);
  const options = categories ? askedOptions(analysis.text, categories) : null;
  if (options) addOptionStatements(picks, scored, options, opts.maxSentences + 1);
  addPeriodRows(picks, scored, analysis.text, opts.maxSentences + 2);
  if (asked?.kind === 'duration') addDurationStart(picks, scored);
  // "Which theory …" is not answered by sentences naming none of the theories.
  // "… capped at 1,000, right?": the claimed figure is checked by the one the thesis gives, which must be there.
  const claimed = claimedValues(analysis.text, q, best.c.window.terms);
  const judged = claimed.length ? q.filter((t) => !claimed.includes(t)) : q;
  const confidence =
    confidenceOf(best, picks, judged, type, analysis.text, sim, followUp, scored) *
    (members && !picks.some((p) => p.fit > 0) ? UNMET_FACTOR : 1) *
    (statesClaimedKind(claimed, picks.map((p) => p.c.text)) ? 1 : UNMET_FACTOR) *
    (type === 'why' && reasonOnlyElsewhere(best, picks) && !juxtaposedCause(best, q, sim) ? UNMET_FACTOR : 1);
  if (confidence < opts.abstainBelow) return { ...none, confidence, abstain: true };
  addEvidenceRival(picks, scored, type, analysis.text, q, opts.maxSentences + 1);
  addCounterEvidence(picks, scored, q, analysis.text, opts.maxSentences + 1);
  addContrastingTurn(picks, scored, analysis.text, opts.maxSentences + 1);
  addOtherPart(picks, scored, analysis.text, opts.maxSentences + 1, sim);
  const order = new Map<number, number>();
  picks.forEach((p, i) => order.has(p.c.passage) || order.set(p.c.passage, i));
  picks.sort((a, b) => order.get(a.c.passage)! - order.get(b.c.passage)! || a.c.index - b.c.index);
  return { type, confidence, abstain: false, picks, best, unknownAnchors };
}
