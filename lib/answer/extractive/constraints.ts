import { COUNTRY_WORDS } from '../../retrieve/countries';
import type { QuestionType } from '../../retrieve/analyze-query';
import { capitalAcronyms, idTokens, stem, terms } from '../../retrieve/tokenize';
import { eventVerb, mentionsEvent, mentionsWord, timeClauseEvent, turnOfAnother, whatEvent } from './event-verb';
import { otherCaseStudy } from './case-study';
import { givesGivenName, MACHINES, NAMING, namesOffice, askedBranches, askedDetail, askedOrdinal, mainClause, askedNation, askedOrganisations, namesRoleHolder } from './asked-detail';
import { commandWords } from './asked-role';
import { POLAR } from './counter-evidence';
import { effectCause } from '../../retrieve/effect-question';
import { bridgesName } from './bridge';
import { asksGroupIdentities, leavesGroupUnnamed } from './group-identity';
import { askedWords, countsWithFigure, COUNTED_SIMILARITY, givesNationality, hasNewPerson, statesDuration } from './detail-evidence';
import { givesAskedName } from './asked-name';
import { contains, type QuestionTerm } from '../../retrieve/question-terms';
import type { Scored } from './score';
import { countedQualifiers, countedWords, namesSettlement, typeIsStrict } from './type-cues';
import type { WordSimilarity } from '../../retrieve/word-similarity';

const YEAR = /\b(?:1[5-9]\d\d|20\d\d)\b/;
/** A year opening the sentence ("In 1914, …", "By the late 1990s, …") dates all of it. */
const OPENING_YEAR = /^(?:In|By|During|On|From|Since|After|Before|Until|Between|As of)\b[^,]{0,40}\b(?:1[5-9]\d\d|20\d\d)s?\b/;
/** Where one clause of a sentence ends and another, about another event, begins. */
const CLAUSE_BREAK = /,\s+(?:and|but|while|whereas)\s+|;\s+/;
/** The question's most specific words, one of which must be in the clause the year is in. */
const EVENT_WORDS = 3;

/**
 * Whether the sentence gives a year in the clause that tells the asked event: "On December 9, the
 * battalion was presented the citation …, and on January 4, 1953, it received the U.N. service
 * medal" dates the medal, not the citation.
 */
export function yearOfEvent(text: string, q: QuestionTerm[]): boolean {
  if (OPENING_YEAR.test(text)) return true;
  const specific = q.filter((t) => t.own && t.known && !YEAR.test(t.term)).sort((a, b) => b.weight - a.weight).slice(0, EVENT_WORDS);
  return text.split(CLAUSE_BREAK).some((clause) => {
    if (!YEAR.test(clause)) return false;
    const said = new Set(terms(clause));
    return !specific.length || specific.some((t) => contains(said, t));
  });
}

/** Weight above which a name or year of the question is specific to one event (not "American", "U.S."). */
const RARE_ANCHOR = 3;

/** A single year a figure is asked for ("in FY2016", "during 2010"), not a span ("in 2010-2015"). */
const SINGLE_YEAR = /(?<!\b(?:starting|beginning|commencing|since|from|after)\s)\b(?:in|during|for) (?:fiscal year |FY ?)?((?:19|20)\d\d)\b(?!\s*(?:-|–|to\b|through\b|and\b))/i;
/** Words before a year that make it a span's end or start ("through FY2016", "from 2000"). */
const SPAN_BOUND = /\b(?:through|thru|until|till|to|by|since|from|between)\s+(?:the end of\s+)?(?:fiscal year\s+|FY\s?)?$/i;

/** Whether the text gives the year, and only as a span's bound: "annual funding through FY2016, totaling $2.6 billion". */
export function yearOnlyAsBound(text: string, year: string): boolean {
  const at = [...text.matchAll(new RegExp(`(?:FY\\s?)?${year}\\b`, 'gi'))];
  return at.length > 0 && at.every((m) => SPAN_BOUND.test(text.slice(Math.max(0, m.index - 40), m.index)) || /[-–]\s*$/.test(text.slice(0, m.index)));
}

/** "Who won the battle of Buena Vista?": the answer must say how it ended, not only that it was fought. */
const ASKS_WINNER = /\bwho (?:actually |really |finally |eventually )?(?:won|wins|prevailed)\b|\bwhich (?:side|army|country) (?:actually |really )?(?:won|prevailed)\b|\b(?:the )?(?:winner|victor)\b/i;
const TELLS_OUTCOME = /\b(?:won|wins|winning|defeat\w*|victor\w*|prevail\w*|triumph\w*|beat|lost|surrender\w*|retreat\w*|routed|conquer\w*)\b/i;

/** A question asking how, when or where someone died. */
const ASKS_DEATH = /\b(?:how|when|where|why)\b[^?]{0,30}?\b(?:did|does)\s+(?:[\w.'’-]+\s+){1,4}?die\b|\b(?:how|when|where) (?:was|were) (?:[\w.'’-]+\s+){1,4}?killed\b/i;

/** Whether a text gives a machine's designation ("UH-1H") or its name ("Flying Fortress" airplanes). */
export function namesMachine(text: string): boolean {
  return idTokens(text).length > 0 || MACHINE_NAME.test(text);
}

/** A machine's name before its kind: three "Flying Fortress" airplanes, Bell helicopters (not "Army planes", "Mexican jets"). */
const MACHINE_NAME = new RegExp(`(?:["“][A-Z][^"”]{2,30}["”]|\\b(?!(?:Army|Navy|Air|Force|Marine|Military|Coast|Guard|[A-Z][a-z]+(?:ian|an|ese|ish))\\b)[A-Z][a-z]+)\\s+(?:${MACHINES})\\b`);

/** Nouns an area measures, and the units of one. */
const AREA_NOUN = /^(?:territory|territories|land|lands|area|areas|acreage|soil)$/i;
const AREA_UNIT = /\b\d[\d,.]*\s*(?:square\s+(?:miles?|kilomet(?:er|re)s?|km)|sq\.?\s*mi|acres?|hectares?)\b/i;

/** "What happened to X after …", "What became of X after …": asks for what came next. */
const AFTER_EVENT = /^\s*what (?:happened|became)\b[^?]*?\bafter\b/i;
/** Words of its own a sentence needs to tell of something beyond the question ("Shortly after his arrest, Escobar escaped …" has one). */
const NEXT_EVENT_TERMS = 3;
/** Words that link a sentence to the one before without telling anything. */
const LINKING = new Set(terms('however shortly soon later then thereafter subsequently eventually finally meanwhile also still'));

const SETTLEMENT = /^\s*(?:(?:in|at|to|from|near) )?(?:which|what) (?:[\w.'’-]+ )?(city|town|village)\b/i;
const FACILITY = /^\s*(?:(?:in|at|to|from|near) )?(?:which|what) (?:[\w.'’-]+ ){0,2}?(prison|jail|airfield|airport|base|camp|fort|port|hospital)\b/i;

/** The kind of facility a where-question asks for ("In which prison ..." → prison); towns and cities are any place name. */
function askedFacility(question: string): string | null {
  return FACILITY.exec(mainClause(question))?.[1].toLowerCase() ?? null;
}

/** "When did X first …?", "… for the first time": the asked date is of a beginning. */
const FIRST_TIME = /\bfirst\b(?!\s+(?:name|world war|lady))|\bfor the first time\b/i;
/** Words that date a beginning ("a first for any U.S. Defense Secretary", "began in 1960", "since 1984"). */
const BEGINNING = /\b(?:first|began|begins?|beginning|start(?:ed|ing|s)?|initial(?:ly)?|since|origin(?:al|ally)?|inaugura\w*|establish(?:es|ed|ing)?|creat(?:e|es|ed|ing)|found(?:ed|ing)|form(?:ed)?|set up|open(?:ed)?|launch(?:ed|ing)?|introduc(?:e|ed|ing)|no longer|until then|never before)\b/i;

/** "When did the FARC sign its final peace accord …?": what was signed (group 1). */
const WHEN_OBJECT = /^\s*(?:when|in what year|what year) did\s+.+?\s+(?:sign|ratify|approve|adopt|pass|create|establish|found|launch|announce|hold|host)\s+(.+?)\s*\?\s*$/i;

/** "What share of Plan Colombia money went to aerial fumigation of coca crops?": where the money went (group 1). */
const SPENT_ON = /\b(?:share|percent(?:age)?|portion|proportion|fraction|how much)\b[^?]*?\b(?:went|go|goes|spent|allocated|devoted|earmarked|set aside|reserved|budgeted|designated|slated|dedicated|put)(?:\s+\w+ly)?\s+(?:to|on|toward|towards|for)\s+(.+?)\s*\?/i;

/** Share of the weight of what an effect question asks the effect of that the answer must name. */
const CAUSE_SHARE = 0.5;
/** The same for what a when-question's deed was done to; lower, as "last" may answer "final" (e003). */
const OBJECT_SHARE = 0.4;

/**
 * The question's constraints that the chosen sentences leave unmet: the detail it asks for (a
 * duration, a name, a person, a figure for the counted thing) and the acronyms it names. An
 * on-topic passage that talks around such a question ("a key drug dealer" for "what was the name
 * of the drug dealer") does not answer it.
 */
export function unmetConstraints(
  question: string,
  type: QuestionType,
  best: Scored,
  picks: Scored[],
  q: QuestionTerm[],
  sim?: WordSimilarity,
  followUp?: string,
  /** All retrieved sentences: another may link a name the question gives to what the answer is about. */
  candidates: Scored[] = [],
): string[] {
  const unmet: string[] = [];
  const texts = picks.map((p) => p.c.text);
  const qWords = askedWords(question, followUp);
  const detail = askedDetail(question);
  if (detail?.kind === 'duration' && !statesDuration(texts, detail.counted)) unmet.push('duration');
  if (detail?.kind === 'measure' && !texts.some((t) => detail.units.test(t))) unmet.push('measure');
  if (detail?.kind === 'given-name' && !texts.some((t) => givesGivenName(t, detail.surname))) unmet.push('given name');
  // "What nationality is Ganjar Nugroho?": a nation beside his name ("Mexican General Cervantes", "Nugroho, an Indonesian scholar").
  if (detail?.kind === 'nationality' && !texts.some((t) => givesNationality(t, detail.surname, qWords))) unmet.push('nationality');
  if (detail?.kind === 'term' && !texts.some((t) => NAMING.test(t))) unmet.push('term');
  if (detail?.kind === 'model' && !texts.some(namesMachine)) unmet.push('model');
  if (detail?.kind === 'office' && !texts.some((t) => namesOffice(t, detail.noun))) unmet.push(`office ${detail.noun}`);
  if (detail?.kind === 'name' && !picks.some((p) => givesAskedName(p, detail.noun, qWords, sim))) unmet.push('name');
  // The sentence saying someone commanded must be of the asked event, named by the question's rarer
  // names: Scott leading forces to Mexico City does not say who commanded at Buena Vista.
  const marks = q.filter((t) => t.own && t.anchor && t.weight >= RARE_ANCHOR);
  const ofEvent = (p: Scored) => !marks.length || marks.some((t) => contains(p.c.terms, t));
  if (detail?.kind === 'person') {
    const [nation, organisations, branches] = [askedNation(question), askedOrganisations(question), askedBranches(question)];
    if (!texts.some((t) => hasNewPerson(t, qWords) && (!detail.role || namesRoleHolder(t, detail.role, qWords, nation, organisations, branches)))) unmet.push('person');
  }
  // "Who were the leaders … that signed …?", "Who signed …?": a sentence telling the group's deed without naming anyone does not say who.
  if ((type === 'who' || asksGroupIdentities(question)) && leavesGroupUnnamed(question, best.c.text, qWords)) unmet.push('identities');
  // "In what year did the Colombian Navy first take part in UNITAS?": a date said to be the first time, or a beginning.
  // ("First, the Mexican military cannot sign an alliance …" opens a list; it dates no beginning.)
  if ((type === 'when' || type === 'how-many') && FIRST_TIME.test(question) && !texts.some((t) => BEGINNING.test(t.replace(/^\s*First,\s*/, '')))) unmet.push('first time');
  const ordinal = askedOrdinal(question);
  if (ordinal && !texts.some((t) => ordinal.test(t))) unmet.push('ordinal');
  // "Did Mexico send troops to Korea?": a yes or no about a named place or thing is not answered by a passage that never names it.
  // Nor is a date or a figure from passages that never name it: "how many troops did Mexico send to the Korean War" is not answered by Pershing's 10,000.
  // A derived word names it too ("Congressional leaders" for "Congress").
  const named = (bag: Set<string>, t: QuestionTerm) => contains(bag, t) || [...bag].some((w) => w.length > t.term.length && w.startsWith(t.term));
  // (An acronym is left to its own rule below, which also takes its expansion.)
  const acronyms = new Set(capitalAcronyms(question).flatMap((x) => terms(x)));
  if (POLAR.test(question) && marks.some((t) => !named(best.c.window.terms, t))) unmet.push('named');
  // "Did Mexico also send troops to the Korean War like Colombia did?": a passage about Colombia's troops says nothing of Mexico's.
  else if (POLAR.test(question) && polarSubject(question, q).some((t) => !namesSubject(best.c.terms, t))) unmet.push('subject');
  else if (typeIsStrict(type) && marks.some((t) => !acronyms.has(t.term) && !picks.some((p) => named(p.c.passageTerms ?? p.c.window.terms, t)) && !bridgesName(t, picks, candidates))) unmet.push('named');
  const command = commandWords(question);
  if (command && !picks.some((p) => command.test(p.c.text) && ofEvent(p))) unmet.push('command');
  // A date for "when", a figure for "how many" (beside the counted thing: "how many pilots").
  if (typeIsStrict(type) && !picks.some((p) => p.fit === 1)) unmet.push(type === 'when' ? 'date' : 'figure');
  // "Where …", "In which prison …": a place the question does not already name.
  if (type === 'where' && !picks.some((p) => p.fit === 1)) unmet.push('place');
  // "In which prison ...", "At which airfield ...": a place that is not said to be one (a theater, a country) does not answer.
  const facility = type === 'where' ? askedFacility(question) : null;
  if (facility && !picks.some((p) => p.fit === 1 && mentionsWord(p.c.words, p.c.terms, facility, sim))) unmet.push(`facility ${facility}`);
  // "What city hosted …": a state or a country ("in Texas") is no city.
  if (type === 'where' && SETTLEMENT.test(mainClause(question)) && !picks.some((p) => p.fit === 1 && p.cov > 0 && namesSettlement(p.c.text, qWords))) unmet.push('settlement');
  // The thesis runs two parallel case studies: a sentence about Colombia does not answer a question about Mexico.
  // A date or figure must itself be about the asked country: "$48 million to Mexico" does not say what Colombia received.
  const dated = typeIsStrict(type) ? picks.filter((p) => p.fit === 1) : [];
  // The date or figure the answer leads with must be of the asked country: "RIMPAC … in 2014" (the Colombian Navy's) does not date Mexico's joining, whatever other Mexican dates follow.
  const leading = typeIsStrict(type) && best.fit === 1 ? [best] : dated;
  if (otherCaseStudy(question, new Set(picks.flatMap((p) => [...p.c.window.terms]))) || (leading.length && leading.every((p) => otherCaseStudy(question, p.c.terms)))) unmet.push('country');
  // "How much aid did Mexico get in FY2016 alone?": a total "through FY2016" sums many years and says nothing of one.
  const single = type === 'how-many' ? SINGLE_YEAR.exec(question) : null;
  const giving = single ? dated.filter((p) => p.c.text.includes(single[1])) : [];
  if (giving.length && giving.every((p) => yearOnlyAsBound(p.c.text, single![1]))) unmet.push('single year');
  // "In what year did the battalion receive the citation?": the year must be said of that event, not of another clause's.
  if (type === 'when' && /\b(?:what|which) year\b/i.test(question) && dated.length && !dated.some((p) => yearOfEvent(p.c.text, q))) unmet.push('year of the event');
  // "What was agreed at the Lima Conference?", "What program replaced Plan Colombia?": the answer must say it.
  const asked = type === 'what' || type === 'where' || type === 'who' ? whatEvent(question) : null;
  // "Who took over from General Wilhelm?": the sentence saying it names someone other than him.
  const by = (p: Scored) => type !== 'who' || hasNewPerson(p.c.text, qWords);
  if (asked && !picks.some((p) => mentionsEvent(p.c.words, p.c.terms, asked, sim) && by(p))) unmet.push(`event ${asked}`);
  // "What happened to Escobar after he escaped from jail?": a sentence telling only of the escape restates the question.
  if (AFTER_EVENT.test(question)) {
    const asked = new Set(terms(question));
    // What led up to the event ("In 1991, … the capture of Pablo Escobar") is not what came after it.
    const before = (p: Scored) => p.c.passage === best.c.passage && p.c.index < best.c.index;
    if (!picks.some((p) => !before(p) && [...p.c.terms].filter((t) => !asked.has(t) && !LINKING.has(t)).length >= NEXT_EVENT_TERMS)) unmet.push('next event');
  }
  if (ASKS_WINNER.test(question) && !texts.some((t) => TELLS_OUTCOME.test(t))) unmet.push('outcome');
  // Whether the chosen sentences name `share` of the weight of what a phrase of the question names.
  const namesHalf = (phrase: string, share = CAUSE_SHARE) => {
    const words = new Set(terms(phrase));
    const of = q.filter((t) => t.own && words.has(t.term));
    const total = of.reduce((s, t) => s + t.weight, 0);
    const told = of.filter((t) => picks.some((p) => contains(p.c.terms, t))).reduce((s, t) => s + t.weight, 0);
    return total === 0 || told >= share * total;
  };
  // "How did the 2016 peace deal … affect cooperation?": the answer must be about the deal, not only about the FARC.
  const cause = effectCause(question);
  if (cause && !namesHalf(cause)) unmet.push('cause');
  // "When did Nixon launch the war on drugs, and what triggered it?": the object ends where the next part begins.
  // "When did the FARC sign its final peace accord …?": the date must be of that accord, named in the answer.
  const object = WHEN_OBJECT.exec(question)?.[1].split(/,|\s(?:and|to|in order to|because|after|before|when)\s/)[0];
  if (object && !namesHalf(object, OBJECT_SHARE)) unmet.push('object');
  // "What share of Plan Colombia money went to aerial fumigation?": a share of the funds for something else does not answer.
  const destination = SPENT_ON.exec(question)?.[1];
  if (destination && !namesHalf(destination, OBJECT_SHARE)) unmet.push('destination');
  // "… when and how did he die?": a death is said in words of dying, whatever else the answer tells.
  if (ASKS_DEATH.test(question) && !picks.some((p) => mentionsWord(p.c.words, p.c.terms, 'died', sim))) unmet.push('death');
  // "What rank did he hold when he retired?": the answer must tell of that time, and of his turn, not another's.
  const during = type !== 'when' ? timeClauseEvent(question) : null;
  // For "Which general was called … when he retired?" the one whose turn it is, is the answer.
  const asksPerson = type === 'who';
  if (during && !picks.some((p) => mentionsWord(p.c.words, p.c.terms, during, sim) && (asksPerson || !turnOfAnother(p.c.text, during, qWords)))) unmet.push(`time ${during}`);
  // "In what year did his presidency end?": the date must be of that event, not another one.
  const verb = typeIsStrict(type) ? eventVerb(question) : null;
  if (verb && !picks.some((p) => p.fit === 1 && mentionsWord(p.c.words, p.c.terms, verb, sim))) unmet.push(`event ${verb}`);
  // "How many pilots ...": a figure that does not count pilots does not answer it.
  // Count nouns beside the figure ("24 military pilots"); an amount ("how much land": "525,000 square
  // miles") in a sentence that mentions the thing, or a sum of money; a table's rows are counted, not read.
  const counted = type === 'how-many' ? countedWords(question) : [];
  const tabular = picks.some((p) => p.c.kind === 'table' || p.c.kind === 'table-row');
  const mentions = (p: Scored) => p.fit === 1 && counted.some((w) => p.c.terms.has(stem(w)) || [...p.c.words].some((x) => (sim?.(w, x) ?? 0) >= COUNTED_SIMILARITY));
  const money = (p: Scored) => p.fit === 1 && /\$\s?\d|\bdollars?\b/.test(p.c.text);
  // "How much territory did Mexico lose?": an area ("525,000 square miles") measures land, whatever the word for it.
  const area = (p: Scored) => p.fit === 1 && counted.some((w) => AREA_NOUN.test(w)) && AREA_UNIT.test(p.c.text);
  // "What is the number of flight instructors …?" counts as "how many" does.
  const many = /\bhow many\b|\bnumber of\b/i.test(question);
  if (counted.length && !tabular && !(many ? texts.some((t) => countsWithFigure(t, counted, sim, countedQualifiers(question), true)) : picks.some((p) => mentions(p) || money(p) || area(p)))) unmet.push('counted');
  // An acronym the question names ("RIMPAC") should be where the answer is, spelt out or not.
  const expansions = q.filter((t) => !t.own);
  for (const a of acronyms) {
    const t = q.find((x) => x.term === a && x.known);
    if (t && !contains(best.c.window.terms, t) && !expansions.some((e) => contains(best.c.window.terms, e))) unmet.push(`acronym ${a}`);
  }
  return unmet;
}

/** The names a yes/no question asks about, as its subject: "Did Mexico also send troops …?" → Mexico. */
const POLAR_SUBJECT = /^\s*(?:[Dd]id|[Dd]oes|[Dd]o|[Hh]as|[Hh]ave|[Hh]ad|[Ww]as|[Ww]ere|[Ii]s|[Aa]re)\s+(?:the\s+)?((?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*)/;

/** "Has the U.S. ever invaded Colombia?" is answered by "The United States has never invaded Colombia". */
export function namesSubject(bag: Set<string>, t: QuestionTerm): boolean {
  return contains(bag, t) || (t.term === 'usa' && ((bag.has('unit') && bag.has('stat')) || bag.has('american')));
}

/** Its last word, by which the thesis names it ("William Perry" is "Secretary Perry"). */
function polarSubject(question: string, q: QuestionTerm[]): QuestionTerm[] {
  const subject = POLAR_SUBJECT.exec(question)?.[1];
  const head = subject ? terms(subject.replace(/['’]s\b/g, '')).at(-1) : undefined;
  if (head) return q.filter((t) => t.own && t.term === head);
  // "did mexico set up …": a country typed in lower case.
  const typed = LOWER_SUBJECT.exec(question)?.[1];
  const [word] = typed && COUNTRY_WORDS.has(typed) ? terms(typed) : [];
  return word ? q.filter((t) => t.own && t.term === word) : [];
}

const LOWER_SUBJECT = /^\s*(?:did|does|do|has|have|had|was|were|is|are)\s+(?:the\s+)?([a-z][\w'’-]*)/;
