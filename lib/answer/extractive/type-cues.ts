import { ASKS_GRIEVANCE, ASKS_PURPOSE, ASKS_TRIGGER, CLOSING_WHY, type QuestionType } from '../../retrieve/analyze-query';
import { askedWords, designationOf, endsAtYear, nationOf, hasDuration, hasNewPerson, newNames } from './detail-evidence';
import { REASON_CUE } from '../../retrieve/reason-cue';
import { COUNTRY_WORDS } from '../../retrieve/countries';
import { givesGivenName, askedBranches, askedDetail, askedNation, askedOrganisations, askedRole, mainClause, namesRoleHolder } from './asked-detail';

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** A year or a decade ("1942", "1990s"). */
export const YEAR = /\b(1[5-9]\d\d|20\d\d)s?\b/;
const DATE = new RegExp(`${YEAR.source}|\\b${MONTH}\\b`);
/** A day of a month ("March 10, 2016", "10 March"): what "On what exact date …" asks for; a year alone does not give it. */
const DAY_DATE = new RegExp(`\\b${MONTH}\\s+\\d{1,2}\\b|\\b\\d{1,2}\\s+${MONTH}\\b`);

/** "In which month of 1995 …": a month, not a year alone. */
const MONTH_DATE = new RegExp(`\\b${MONTH}\\b`);
const ASKS_MONTH = /\b(?:which|what) month\b/i;

/** "On what exact date …", "What day …", "When exactly …": a day, not a year. */
const ASKS_DAY =
  /\bwhat (?:(?:was|is|were) the )?(?:(?:exact|precise|specific) )?(?:date|day)\b|\bwhich (?:date|day)\b|\bwhen exactly\b|\bexactly when\b|\b(?:exact|precise|specific) (?:date|day)\b/i;

/** A sentence dated by the one before it: "That same year, …", "In the following year, …". */
export const RELATIVE_DATE = /^(?:In )?(?:that|the) same year\b|^(?:Later |Earlier )?that year\b|^(?:In )?the (?:following|next|previous) year\b/i;
const NUMBER_WORD =
  /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|hundred|thousand|million|billion|dozen|half|twice|percent)\b/i;
/** Figures, but not designators such as P-47, UH-1H or C-130J. */
const FIGURE = /(\$\s?\d|(?<![A-Za-z]-?)\b\d[\d,.]*\s?(%|percent|million|billion|thousand)|(?<![A-Za-z]-?)\b\d{1,3}(,\d{3})+\b|(?<![A-Za-z]-?)\b\d+(\.\d+)?\b(?!-?[A-Za-z]\b))/;
const TITLE =
  /\b(General|Admiral|President|Secretary|Senator|Colonel|Lieutenant|Captain|Commander|Ambassador|Minister|Gen\.|Adm\.|Lt\.|Col\.|Dr\.)\s+(of\s+\w+\s+)?[A-Z]/;
const PERSON = /(?<!^)(?<![.!?]\s)\b[A-Z][a-z]+\s+(?:[A-Z]\.\s+)?[A-Z][a-z]{2,}\b/;
const PLACE = /\b(in|at|to|near|from|into|aboard|located)\s+(the\s+)?[A-Z][a-z]+/;

const PLACE_NAME = /\b(?:in|at|to|near|from|into|aboard|located in)\s+(?:the\s+)?([A-Z][\w.'’-]*(?:\s+(?:de\s+)?[A-Z][\w.'’-]*)*)/g;

/** States and countries: places, but no answer to "Which city …". */
const REGIONS = new Set(
  (
    'Texas California Arizona New Mexico Florida Georgia Virginia Maryland Colorado Kansas Alabama North Carolina Chihuahua Sonora ' +
    'Mexico Colombia Panama United States America Korea Canada Japan Germany Peru Ecuador Venezuela Guatemala Philippines Cuba ' +
    'Latin America Central America South America North America Europe Asia Pacific Atlantic Caribbean'
  ).split(' '),
);

/** Whether a sentence puts something in a town or city the question does not name: "in El Paso, Texas", not only "in Texas". */
export function namesSettlement(text: string, asked: Set<string>): boolean {
  for (const m of text.matchAll(PLACE_NAME)) {
    if (m[1].split(/\s+/).every((w) => REGIONS.has(w.replace(/[.,'’]+$/, '')))) continue;
    if (newNames(` ${m[1]}`, asked).length) return true;
  }
  return false;
}

/** Whether a sentence puts something in a place the question does not name ("located in Panama", not "in Georgia" for a question about Georgia). */
function newPlace(text: string, asked: Set<string>): boolean {
  for (const m of text.matchAll(PLACE_NAME)) if (newNames(` ${m[1]}`, asked).length) return true;
  return false;
}

/** Figures other than years: "18 months", "$134 million", "eight", "80%". */
export function hasFigure(text: string): boolean {
  const withoutYears = text
    .replace(new RegExp(YEAR.source, 'g'), ' ')
    .replace(/\b(Table|Figure|Chapter|Section|H)\s?[\d₀-₉]+/gi, ' ')
    .replace(/\b\d+\/\d+\b/g, ' ')
    .replace(/\b(the|these|those|both) two\b/gi, ' ')
    // "one" as a pronoun counts nothing: "one such law", "one of the", "one another", "no one".
    .replace(/\bno one\b|\bone (?=such\b|of\b|another\b|way\b|day\b|side\b)/gi, ' ');
  return FIGURE.test(withoutYears) || NUMBER_WORD.test(withoutYears);
}

/** Figures and number words the question itself states ("trapped two companies"): repeating them answers nothing. */
export function givenFigures(question: string): RegExp | null {
  const given = [...new Set(question.match(/\$?\d[\d,.]*|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/gi) ?? [])];
  if (!given.length) return null;
  const esc = given.map((g) => g.replace(/[$.*+?^(){}|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\w.,])(${esc.join('|')})(?![\\w,])`, 'gi');
}

/** Money, a share or a quantity in units: what "how much" asks for when it names no counted thing. */
const AMOUNT = /\$\s?\d|\b\d[\d,.]*\s?(?:%|(?:percent|million|billion|thousand|dollars|pesos|square miles|miles|tons|gallons|barrels)\b)|\b(?:half|quarter|third|twice|double|percent|million|billion)\b/i;

/** A sum of money: what a question about a cost or a budget asks for. */
const MONEY = /\$\s?\d|\bdollars?\b|\bpesos\b/i;

/** "worth" asks a sum, but "worth a large investment" asks what made it so. */
const WORTH = String.raw`worth(?!\s+(?:a|an|the|it|its|their|our)\b)`;
const ASKS_MONEY = new RegExp(String.raw`\b(?:cost|costs|costed|budget|budgets|price|prices|spent|spend|spending|paid|${WORTH})\b|\bdollar (?:value|amount|figure)\b`, 'i');

/** Words asking for a figure in a what-question ("What were the losses", "What was the total …"). */
const ASKS_FIGURE = new RegExp(
  String.raw`\bhow (many|much|far|old|often|tall|high|heavy|deep|wide)\b|\b(losses|casualties|share|percentage|amount|number of|cost|budget|size|cap|total|${WORTH}|dollar value|(?:vote|death|body|head|troop) counts?|tally)\b`,
);

/** "What was the total cost of …", "What was SOUTHCOM's budget …", "How much did … cost?", "What was the dollar value …": a sum of money. */
function asksMoney(question: string): boolean {
  return ASKS_MONEY.test(question);
}

/** A share of a whole: what "What percentage …" asks for. */
const SHARE = /\d\s?%|\bper ?cent\b|\b(?:half|quarter|third|two-thirds|majority|minority)\b/i;

/** "What percentage of …", "What share of …": a share, not a count or a sum. */
function asksShare(question: string): boolean {
  return /\b(?:percentage|percent|proportion|fraction)\b|\bwhat share\b/i.test(question);
}

/** A ratio: what "How much bigger …" and "How many times …" ask for. */
const RATIO = /\b(?:\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred)[\s-]+(?:times|fold)\b|\b(?:twice|doubled?|tripled?|quadrupled?)\b|\d\s?%|\bper ?cent\b/i;

/** "How much bigger was the flow of weapons …?": a ratio ("10 times more"), not a sum. */
function asksRatio(question: string): boolean {
  return /\bhow much (?:bigger|larger|greater|higher|smaller|lower)\b|\bhow many times (?:more|bigger|larger|greater|higher|as)\b/i.test(question);
}

/** A count of the dead, wounded or captured: "62 soldiers were dead", "lost 131 men". */
const CASUALTY_COUNT = /\b\d[\d,]*\s+(?:[\w-]+\s+){0,3}?(?:(?:were|was|had been|have been)\s+)?(?:dead|killed|wounded|died|captured|lost|injured|missing)\b|\b(?:lost|killed|wounded|captured)\s+(?:[\w-]+\s+)?\d/i;

/** "What were the Colombian Army's losses …", "How many casualties …": counts of the fallen, not of the enemy ("a FARC force of at least 400"). */
function asksCasualties(question: string): boolean {
  return /\b(?:losses|casualties|casualty)\b/i.test(question);
}

/** "How much did Mexico get?", "How much aid …", "How much land …": "how much" goes with amounts (money, shares, quantities in units), not counts. */
function asksAmount(question: string): boolean {
  return /\bhow much\b/i.test(question) && !/\bhow much (?:of|more|longer|larger|bigger)\b/i.test(question);
}

let lastQuestion = '';
let lastContext: string | undefined;
let lastRead: { words: Set<string>; role: RegExp | null; nation: string | null; organisations: string[]; branches: RegExp[]; amount: boolean; money: boolean; share: boolean; casualties: boolean; ratio: boolean; duration: boolean; surname: string | null; day: boolean; dayOf: RegExp | null; month: boolean } = { words: new Set(), role: null, nation: null, organisations: [], branches: [], amount: false, money: false, share: false, casualties: false, ratio: false, duration: false, surname: null, day: false, dayOf: null, month: false };

/** The question's words (with a follow-up's conversation) and asked role, kept for the next call: every candidate sentence is scored against one question. */
function readQuestion(question: string, context?: string): typeof lastRead {
  if (question === lastQuestion && context === lastContext) return lastRead;
  const detail = askedDetail(question);
  const asksDay = ASKS_DAY.test(question);
  const dayMonth = new RegExp(`\\b(${MONTH})\\b`).exec(question)?.[1];
  lastRead = {
    words: askedWords(question, context),
    role: askedRole(question),
    nation: askedNation(question),
    organisations: askedOrganisations(question),
    branches: askedBranches(question),
    amount: asksAmount(question),
    share: asksShare(question),
    casualties: asksCasualties(question),
    ratio: asksRatio(question),
    money: asksMoney(question),
    duration: detail?.kind === 'duration',
    surname: detail?.kind === 'given-name' ? detail.surname : null,
    day: asksDay,
    // "On what day in October 1997 …": a day of that month, not September 11.
    dayOf: asksDay && dayMonth ? new RegExp(`\\b${dayMonth}\\s+\\d{1,2}\\b|\\b\\d{1,2}\\s+${dayMonth}\\b`) : null,
    month: ASKS_MONTH.test(question),
  };
  [lastQuestion, lastContext] = [question, context];
  return lastRead;
}

/**
 * How well a sentence offers what the question type asks for (0..1): a date for when, a figure for
 * how many, a reason for why. With the question given, a person or place counts only when the
 * question does not already name it: restating "General Sullivan" does not answer "who met Sullivan".
 */
export function typeFit(type: QuestionType, text: string, given: RegExp | null = null, question?: string, context?: string): number {
  if (given && type === 'how-many') text = text.replace(given, ' ');
  const read = question === undefined ? null : readQuestion(question, context);
  const asked = read?.words;
  // "Which U.S. envoy ...": a new person fits fully only in a sentence that names the role.
  if (asked && type === 'who') {
    if (!hasNewPerson(text, asked)) return newNames(text, asked).length ? 0.5 : 0;
    const { role, nation, organisations, branches } = read;
    return role && !namesRoleHolder(text, role, asked, nation, organisations, branches) ? 0.5 : 1;
  }
  if (asked && type === 'where') return newPlace(text, asked) ? 1 : 0;
  // "How much did Mexico get?" asks for an amount ($48 million, 80%), not a count ("five obstacles").
  if (question !== undefined && type === 'how-many' && read?.money) return MONEY.test(text) ? 1 : 0;
  if (question !== undefined && type === 'how-many' && read?.share) return SHARE.test(text) ? 1 : 0;
  if (question !== undefined && type === 'how-many' && read?.casualties) return CASUALTY_COUNT.test(text) ? 1 : 0;
  if (question !== undefined && type === 'how-many' && read?.ratio) return RATIO.test(text) ? 1 : 0;
  if (question !== undefined && type === 'how-many' && read?.amount) return AMOUNT.test(text) ? 1 : 0;
  // "What was General Wilhelm's first name?": a sentence giving it ("General Charles E. Wilhelm").
  if (read?.surname) return givesGivenName(text, read.surname) ? 1 : 0;
  // "How long did Pershing stay?" asks for a stretch of time, or its end ("lasted until 1917"), not a count of troops.
  // A year alone may be where the stretch starts.
  if (type === 'how-many' && read?.duration) return hasDuration(text) || endsAtYear(text) ? 1 : YEAR.test(text) ? 0.5 : 0;
  switch (type) {
    case 'when':
      if (read?.dayOf) return read.dayOf.test(text) ? 1 : 0;
      if (read?.day) return DAY_DATE.test(text) ? 1 : 0;
      if (read?.month) return MONTH_DATE.test(text) ? 1 : 0;
      // A sentence dated "That same year" fits when its passage gives the year before it (datedBefore in score.ts), which then joins it.
      return DATE.test(text) || RELATIVE_DATE.test(text) ? 1 : 0;
    case 'how-many':
      return hasFigure(text) ? 1 : 0;
    case 'who':
      return TITLE.test(text) ? 1 : PERSON.test(text) ? 0.7 : 0;
    case 'why':
      return REASON_CUE.test(text) ? 1 : 0;
    case 'where':
      return PLACE.test(text) ? 1 : 0;
    default:
      return 0.5;
  }
}

const CHOICE = /,?\s(?:the\s)?[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)*,?\s+or\s+(?:the\s)?[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)*\s*\?\s*$/;

/** "How bad was the March 1998 ambush?": the toll of a fight is told in its dead and wounded. */
const ASKS_TOLL = /^\s*how (?:bad|serious|severe|deadly|costly|bloody|devastating) (?:was|were|is|are)\b[^?]*\b(?:attack|ambush|battle|fighting|raid|massacre|bombing|defeat|clash|assault|offensive)s?\b/i;
const TOLL_WORDS = ['dead', 'killed', 'wounded', 'casualties', 'losses'];

/** The kind of answer a question wants, refining the retrieval type ("What were the losses" wants figures). */
export function answerType(question: string, type: QuestionType): QuestionType {
  if (ASKS_TOLL.test(question)) return 'how-many';
  const s = mainClause(question).toLowerCase();
  // "What reason does the thesis give for …" is a why-question; "What caused …" asks what.
  if (type === 'why' && /^\s*(?:which|what|who|how\b(?!\s+come\b))\b/.test(s) && !/^\s*(?:what|which) (?:(?:is|was|are|were) (?:the|their|its|his|her) )?(?:(?:main|chief|primary|real|underlying|stated) )?(?:reasons?|motives?|explanations?|rationale)\b/.test(s) && !ASKS_PURPOSE.test(s) && !ASKS_TRIGGER.test(s) && !ASKS_GRIEVANCE.test(s) && !CLOSING_WHY.test(s)) return 'what';
  // "Which country cooperated more, Colombia or Mexico?": a choice between names the question gives.
  if (CHOICE.test(question)) return type === 'where' || type === 'who' ? 'what' : type;
  if (type === 'what' || type === 'table') {
    // "How much cooperation existed …" of a table asks its rating (High, Med, Low, None), not a figure.
    if (type === 'table' && /\bhow much cooperation\b/.test(s)) return 'table';
    if (ASKS_FIGURE.test(s)) return 'how-many';
    if (/^\s*since when\b|\bwhat (?:(?:was|is|were) the )?(?:(?:exact|precise|specific) )?(day|time|date)\b|\b(?:exact|precise|specific) (?:date|day)\b/.test(s)) return 'when';
    // "Which American cabinet officer ...", "Which U.S. envoy ...": a person, whoever the role.
    // "In which Colombian town ...", "Which city ...": a place.
    if (/^\s*(?:(?:in|at|to|from|near) )?(which|what) ([\w.'-]+ ){0,2}(town|city|village|country|port|base|location|place|region|department|province|island|airfield|airport|prison|jail|camp|fort|state)\b/.test(s)) return 'where';
    // Not "What did Colombia's president request …": that asks what, of a person the question names.
    if (/^\s*(which|what) ((?!(?:did|does|do|was|were|is|are|has|have|had)\b)[\w.'-]+ ){0,3}(person|general|admiral|president|leader|officer|scholar|commander|envoy|ambassador|secretary|minister|chief|head of state|realist|theorist|thinker|historian|writer|analyst|official|diplomat|boss)s?\b/.test(s)) return 'who';
  }
  return type;
}

/** The (up to four) words after "how many/much": "how many Colombian soldiers did ..." → Colombian, soldiers, did. */
function countedPhrase(question: string): string[] {
  // Typed tersely too: "number of us personnel allowed in colombia"; or "What is the number of …".
  const m = /\b(?:how (?:many|much)|(?:^\s*|^\s*(?:what|which) (?:is|was|were) )(?:the )?(?:total |exact |approximate )?number of)\s+((?:[A-Za-zÀ-ÿ.-]+\s+|[A-Z]+-\d+[A-Z]?\s+){0,3}[A-Za-zÀ-ÿ.-]+)/i.exec(question);
  return m ? m[1].split(/\s+/) : [];
}

/** Words that end the phrase naming what is counted (a verb or preposition follows it). */
const COUNT_END = /^(did|does|do|was|were|is|are|has|have|had|will|would|should|could|can|of|in|on|the|a|an)$/i;

/** Counters too generic to require in the answer ("how many times" is answered by "eight occasions"). */
const GENERIC_COUNTERS = new Set(['time', 'times', 'people', 'year', 'years', 'month', 'months', 'day', 'days', 'percent', 'more', 'bigger', 'larger']);

/** The thing a how-many question counts: the lowercase words right after "how many/much" ("how many Colombian soldiers" → soldiers). */
export function countedWords(question: string): string[] {
  if (ASKS_TOLL.test(question)) return TOLL_WORDS;
  const out: string[] = [];
  const phrase = countedPhrase(question);
  // "How many Colombians went …": a people named by their nationality are what is counted.
  if (phrase[0] && /^[A-ZÀ-Þ][a-zà-ÿ]+(?:ians|ans|ese)$/.test(phrase[0]) && (!phrase[1] || !/^[a-z]+s$/.test(phrase[1]) || COUNT_END.test(phrase[1]))) return [phrase[0].toLowerCase()];
  for (const w of phrase.slice(0, countedEnd(phrase))) {
    if (/^[A-ZÀ-Þ]/.test(w) || /^(?:us|u\.s\.)$/.test(w) || lowercaseDemonym(w)) continue; // a name qualifies what is counted ("Colombian soldiers", "us personnel")
    out.push(w.toLowerCase());
  }
  if (out.some((w) => GENERIC_COUNTERS.has(w))) return [];
  // "How many military advisors went ...": what is counted is the plural noun, not its modifier or the verb after it.
  // Without a plural, the last word is the noun ("how many military personnel" counts personnel, not "military").
  const plural = out.filter((w) => /[^su]s$/.test(w));
  return plural.length ? plural : out.slice(-1);
}

/**
 * Nationality adjectives and model designations qualifying what a how-many question counts ("how many
 * Colombian soldiers" → colombian; "how many F-5 aircraft" → F-5).
 */
export function countedQualifiers(question: string): string[] {
  // Only before the verb: in "how many pilots do Colombian instructors train", "Colombian" qualifies the instructors,
  // and in "how many colombian soldiers got US military training" the trainers are American, not the soldiers.
  const phrase = countedPhrase(question);
  return phrase
    .slice(0, countedEnd(phrase))
    .map((w) => nationOf(lowercaseDemonym(w) ? w[0].toUpperCase() + w.slice(1) : w) ?? (designationOf(w) ? w.replace(/[,;:)”"’.]+$/, '') : null))
    .filter((n): n is string => n !== null);
}

/**
 * Where the words naming what is counted end: at a verb or preposition, after a participle ("personnel
 * allowed in"), or right after the first plural noun, as the verb follows it ("mexican troops took courses").
 */
function countedEnd(phrase: string[]): number {
  for (let i = 0; i < phrase.length; i++) {
    const w = phrase[i];
    if (COUNT_END.test(w) || (i > 0 && /ed$/.test(w))) return i;
    if (/^[a-z]+[^su]s$/.test(w) && !lowercaseDemonym(w)) return i + 1;
  }
  return phrase.length;
}

/** A nationality typed in lower case ("colombian", "mexican", "japanese"): a country's name begins it, or "american". */
function lowercaseDemonym(w: string): boolean {
  return /^[a-z]+(?:ian|an|ese|ish)$/.test(w) && (w === 'american' || [...COUNTRY_WORDS].some((c) => w.startsWith(c.slice(0, Math.max(4, c.length - 1)))));
}

/** Whether the question type needs a specific kind of evidence (and so a sentence without it answers poorly). */
export function typeIsStrict(type: QuestionType): boolean {
  return type === 'when' || type === 'how-many';
}
