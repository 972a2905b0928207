import { stem, words } from '../../retrieve/tokenize';
import { sameWord } from '../../retrieve/question-terms';
import type { WordSimilarity } from '../../retrieve/word-similarity';

const UNIT = '(?:second|minute|hour|day|week|month|year|decade|century|centuries)s?';
const COUNT = '(?:\\d[\\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|hundred)';
const AMOUNT = `(?:${COUNT}|a|an|several|few|many)`;
const YEARS_SPAN = '\\b(?:from|between) (?:\\w+ )?(1[5-9]\\d\\d|20\\d\\d)\\b.{0,30}\\b(?:to|until|and|through)\\b.{0,12}\\b(1[5-9]\\d\\d|20\\d\\d)\\b|\\b(1[5-9]\\d\\d|20\\d\\d)\\s?[-–]\\s?(1[5-9]\\d\\d|20\\d\\d)\\b';
const DURATION = new RegExp(`\\b${AMOUNT}[\\s-]+(?:\\w+[\\s-]+)?${UNIT}\\b|${YEARS_SPAN}`, 'i');
/** A stretch of time counted: "18 months", not "a few days". */
const COUNTED_DURATION = new RegExp(`\\b${COUNT}[\\s-]+(?:\\w+[\\s-]+)?${UNIT}\\b|${YEARS_SPAN}`, 'i');

/** Whether a sentence states a stretch of time: "approximately 18 months", "11-week", "from 1899 until late 1902"; counted, not "a few days". */
export function hasDuration(text: string, counted = false): boolean {
  return (counted ? COUNTED_DURATION : DURATION).test(text);
}

/** The end of a stretch of time: "These punitive actions lasted until 1917". */
const UNTIL_YEAR = /\b(?:until|till|through)\s+(?:(?:late|early|mid)[\s-]+)?(?:\w+\s+)?(1[5-9]\d\d|20\d\d)\b/i;
const ANY_YEAR = /\b(1[5-9]\d\d|20\d\d)\b/g;

/** Whether a sentence ends a stretch of time at a year ("lasted until 1917"), so a start given nearby makes a duration. */
export function endsAtYear(text: string): boolean {
  return UNTIL_YEAR.test(text);
}

/** Whether the sentences state a duration (counted, for "how many days"): one whole, or a start year in one and "until <a later year>" in another. */
export function statesDuration(texts: string[], counted = false): boolean {
  if (texts.some((t) => hasDuration(t, counted))) return true;
  const ends = texts.map((t) => UNTIL_YEAR.exec(t)?.[1]).filter((y): y is string => !!y).map(Number);
  if (!ends.length) return false;
  const years = texts.flatMap((t) => [...t.replace(UNTIL_YEAR, ' ').matchAll(ANY_YEAR)].map((m) => Number(m[1])));
  return years.some((start) => ends.some((end) => end > start));
}

/** Capitalised words that start a name but are ordinary words at a sentence start or in titles. */
const NOT_NAMES = new Set(['the', 'in', 'on', 'at', 'a', 'an', 'this', 'these', 'that', 'those', 'it', 'he', 'she', 'they', 'his', 'her', 'their', 'also', 'however', 'during', 'after', 'before', 'when', 'while', 'as', 'from', 'by', 'for', 'with', 'and', 'but', 'if', 'since', 'u', 's', 'usa']);

/**
 * The question's words, with "U.S." also read as the words it abbreviates: "in the United States"
 * names no new place for "which U.S. airfield". A follow-up's conversation counts too: "Who was his
 * counterpart?" after "Who was General Sullivan?" does not ask for Sullivan.
 */
export function askedWords(question: string, context?: string): Set<string> {
  const ws = new Set(words(context ? `${question}\n${context}` : question));
  if (ws.has('usa')) for (const w of ['united', 'states', 'america']) ws.add(w);
  return ws;
}

/** Whether the question uses the word or another form of it ("Mexico"/"Mexican"). */
function asked(word: string, questionWords: Set<string>): boolean {
  if (questionWords.has(word)) return true;
  for (const q of questionWords) if (sameWord(stem(q), stem(word)) || (q.length >= 5 && word.startsWith(q.slice(0, 5)))) return true;
  return false;
}

/**
 * Proper names in a sentence (runs of capitalised words, not the sentence's first word) with a
 * word the question does not use: "Clemente Vega Garcia" in an answer to "which Mexican defense chief".
 */
export function newNames(text: string, questionWords: Set<string>): string[] {
  const out: string[] = [];
  // A unit's number is part of its name: "201st Fighter Squadron".
  for (const m of text.matchAll(/(?<=[\s(“"'‘-])(?:\d+(?:st|nd|rd|th)\s+)?[A-Z][\w'’.-]*(?:\s+(?:de |del |la |van |von )?[A-Z][\w'’.-]*)*/g)) {
    const ws = words(m[0]).filter((w) => !NOT_NAMES.has(w));
    if (ws.some((w) => !asked(w, questionWords))) out.push(m[0].replace(/[.,'’-]+$/, ''));
  }
  return out;
}

const TITLE = /\b(?:General|Admiral|President|Secretary|Senator|Colonel|Lieutenant|Captain|Commander|Ambassador|Minister|Major|Gen\.|Adm\.|Lt\.|Col\.|Dr\.)\s+((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+)/g;
const TITLED = /^(?:General|Admiral|President|Secretary|Senator|Colonel|Lieutenant|Captain|Commander|Ambassador|Minister|Major)\s/;
const FULL_NAME = /\b([A-Z][a-z]+\s+(?:[A-Z]\.\s+)?(?:de\s+|van\s+)?[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})?)\b/g;

/** A plural opening a sentence ("Realists argued"): a school, not a person. */
const GROUP = /^[A-Z][a-z]+(?:ists|ians|ers)$/;

/** A name (one to three capitalised words) that argues, explains or writes: an author. */
const ATTRIBUTED = /(?<![\w'’-]\s?)\b((?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]{2,})\s+(?:(?:further|also|rightly|correctly)\s+)?(?:argues|argued|contends|contended|explains|explained|suggests|suggested|asserts|asserted|writes|wrote|notes|noted|observes|observed|claims|claimed|points out|pointed out|concludes|concluded|maintains|warns|warned|defines|defined|describes|described|believes|believed|insists|insisted|posits|posited)\b/g;

/** Words that make a capitalised run an institution, a place or a rank rather than a person ("United States Northern Command", "North Korea", "Flag Officer"). */
export const INSTITUTION =
  /\b(States|America|Nations|Command|Army|Navy|Airforce|Marines?|Theater|Ocean|Squadron|Battalion|Division|Base|Force|Forces|Department|Congress|Initiative|Colombia|Mexico|War|Officers?|Attach[ée]|Staff|Corps|Committee|Secretariat|Ministry|Agency|Office|Conference|Treaty|Act|School|University|Center|Centre|Senate|House|Services?|Council|Commission|Defen[cs]e|Order|Military|Financing|Programs?|Independence|Revolution|Affair|Korea|Salvador|Rica|Arabia|Rico|Union|Canal|City)\b/;

/** "Mexican Airforce", "Colombian Congress": a nation's adjective leads a body's name, not a person's. */
const NATION_LED = /^(?:Mexican|Colombian|American|German|Japanese|Panamanian|Korean|Canadian|Cuban|Spanish|British|French|Soviet|Russian|Chinese|Venezuelan|Peruvian|Ecuadorian|Salvadoran|Guatemalan|Honduran|Nicaraguan|Brazilian|Chilean|Argentine|Filipino)\s/;

/** A town given with its state or country ("El Paso, Texas", "Fort Benning, Georgia") is a place, not a first and last name. */
const IN_STATE = /^,\s+(?:Texas|California|Arizona|New Mexico|Florida|Georgia|Virginia|Maryland|Colorado|Kansas|Alabama|North Carolina|D\.C\.|Colombia|Mexico|Panama)\b/;

/** Whether a sentence names a person the question does not: a titled name or a first and last name. */
export function hasNewPerson(text: string, questionWords: Set<string>, places: Set<string> = new Set()): boolean {
  // "Admiral Kurt W. Tidd" is no new person to a question naming "Admiral Tidd": the surname says who it is.
  const fresh = (name: string) => {
    const ws = words(name).filter((w) => !NOT_NAMES.has(w));
    return ws.some((w) => !asked(w, questionWords) && !places.has(w)) && !asked(ws[ws.length - 1] ?? '', questionWords);
  };
  for (const m of text.matchAll(TITLE)) if (fresh(m[1])) return true;
  // A run opening with a title is read whole by TITLE: "Admiral Kurt" is not a first and last name.
  for (const m of text.slice(1).matchAll(FULL_NAME)) if (!TITLED.test(m[1]) && !NATION_LED.test(m[1]) && fresh(m[1]) && !INSTITUTION.test(m[1]) && !IN_STATE.test(text.slice(1 + m.index + m[0].length))) return true;
  // A sentence may open with a name, given whole with its middle initial ("Thomas C. Bruneau, Ph.D. Second Reader").
  const opening = /^([A-Z][a-z]+\s+[A-Z]\.\s+[A-Z][a-z]{2,})\b/.exec(text);
  if (opening && fresh(opening[1])) return true;
  // Whoever argues or explains is a person, at the start of a sentence too ("Bruce Russett argues", "Waltz further explains").
  for (const m of text.matchAll(ATTRIBUTED)) if (!INSTITUTION.test(m[1]) && !GROUP.test(m[1]) && fresh(m[1])) return true;
  return false;
}

/** Nationality adjectives ("Colombian", "Mexican", "Japanese"). */
export const DEMONYM = /^[A-Z][a-z]+(?:ian|an|ese|ish)$/;

/** The nation a word qualifies something by, lowercased ("Colombian" → colombian; "U.S.", "US" and "American" → american), or null. */
export function nationOf(word: string): string | null {
  const w = word.replace(/[,;:)”"’]+$/, '');
  if (/^(?:U\.S\.|US|USA|Americans?)$/.test(w)) return 'american';
  return DEMONYM.test(w) ? w.toLowerCase() : null;
}

/** A model's designation ("F-5", "UH-1H", "C-130"), folded ("f5"); null for any other word. */
export function designationOf(word: string): string | null {
  const w = word.replace(/[,;:)”"’.]+$/, '');
  return /^[A-Z]{1,4}-?\d+[A-Z0-9]*$/.test(w) ? w.replace(/-/g, '').toLowerCase() : null;
}

/** Whether a sentence naming the person gives a nation's adjective the question does not ("Mexican … General Enrique Cervantes"). */
export function givesNationality(text: string, surname: string, questionWords: Set<string>): boolean {
  if (!text.includes(surname)) return false;
  return text.split(/\s+/).map((w) => w.replace(/[^A-Za-z]/g, '')).some((w) => DEMONYM.test(w) && !questionWords.has(w.toLowerCase()));
}

const FIGURE_AT = /(?<![A-Za-z]-?)(?:\$\s?)?\b(\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|hundred|thousand|dozen)\b(?!-?[A-Za-z]\b)/gi;
/** Prepositions after which words qualify the counted thing rather than name it. */
const QUALIFIES = /^(?:of|in|from|at|for|with|to|by|on|under|into|during)$/;
/** Words read between a figure and the thing it counts ("10,000+ U.S. Army troops"). */
const COUNT_REACH = 5;
/** Words read before a figure ("the number of soldiers rose to 4,000", "soldiers: 62 dead"). */
const COUNT_BACK = 3;
/** Word similarity from which a word after a figure counts as the counted thing ("planes"/"airplanes"). */
export const COUNTED_SIMILARITY = 0.7;

/** Words for a force's members in general: "the Colombians lost 131 men" counts soldiers, troops and personnel. */
const SERVICE_MEMBERS = /^(?:soldiers?|troops?|personnel|servicem[ae]n|service ?members?|combatants?|fighters?|people|men)$/i;
const MEN = /^(?:men|people|persons)$/i;
/** Words for one kind of thing counted, any of which counts for another: "how many installations" is answered by "seven … bases". */
const SAME_KIND = [
  /^(?:bases?|installations?|facilit(?:y|ies)|sites?|airfields?|garrisons?)$/i,
  /^(?:ships?|vessels?|boats?)$/i,
  // "How many Mexican troops …" is answered by "766 Mexican military personnel". Not soldiers, who are an
  // army's alone: "250 Colombian army soldiers" does not count all Colombian military personnel.
  /^(?:troops?|personnel|servicem[ae]n|service ?members?)$/i,
  // An armed group's members: "how many guerrillas" is answered by "a FARC force of at least 400 fighters".
  /^(?:guerrill?as?|rebels?|insurgents?|fighters?|militants?|combatants?)$/i,
];
const sameKind = (a: string, b: string) => SAME_KIND.some((k) => k.test(a) && k.test(b));

/**
 * Whether a sentence gives a figure for the counted thing: the thing (or a close word) within a few
 * words after (or just before) a figure ("50 Colombian and 24 international military pilots"), years and days of
 * the month aside. "Eight separate occasions" does not count troops.
 */
export function countsWithFigure(text: string, counted: string[], sim?: WordSimilarity, qualifiers: string[] = [], things = false): boolean {
  const plain = text.replace(/\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}\b/g, ' ');
  if (!counted.length) return true;
  // "How many Americans …" counts "nine U.S. sailors" too: the thesis writes "U.S." for American.
  const want = new Set(counted.flatMap((w) => (/^americans?$/i.test(w) ? [stem(w), 'usa'] : [stem(w)])));
  const designations = qualifiers.filter((d) => designationOf(d) !== null).map((d) => designationOf(d)!);
  const asked = new Set(qualifiers.filter((d) => designationOf(d) === null).map((d) => d.toLowerCase()));
  for (const m of plain.matchAll(FIGURE_AT)) {
    if (/^(1[5-9]\d\d|20\d\d)$/.test(m[1])) continue;
    const rest = plain.slice(m.index + m[0].length);
    // "How many F-5 aircraft …" counts aircraft: "$750 million in other … equipment" is a sum, not a number
    // of them; nor is "10 times more U.S. arms", which compares.
    if (things && (m[0].startsWith('$') || /^\s+times\b/i.test(rest))) continue;
    // "766 Mexican military personnel" does not count Colombian personnel; "nine U.S. sailors by Mexican authorities": the nation after a preposition is another's.
    const raw = rest.split(/\s+/).slice(0, COUNT_REACH + 1);
    const cut = raw.findIndex((w, i) => i > 0 && QUALIFIES.test(w));
    const near = cut < 0 ? raw : raw.slice(0, cut);
    const own = near.map(nationOf).filter((n): n is string => n !== null);
    if (asked.size && own.some((d) => !asked.has(d))) continue;
    // "How many F-5 aircraft …" is not answered by "73 UH-1H helicopters".
    const models = near.map(designationOf).filter((n): n is string => n !== null);
    if (designations.length && models.some((d) => !designations.includes(d))) continue;
    // "two companies of the Colombian Army" counts companies: what follows a preposition qualifies them ("24 of the pilots" is partitive).
    const next = words(rest).slice(0, COUNT_REACH);
    const qualifier = next.findIndex((w, i) => i > 0 && QUALIFIES.test(w));
    const after = qualifier < 0 ? next : next.slice(0, qualifier);
    const before = words(plain.slice(0, m.index)).slice(-COUNT_BACK);
    const hit = (w: string) =>
      want.has(stem(w)) || counted.some((c) => (sim?.(c, w) ?? 0) >= COUNTED_SIMILARITY || (SERVICE_MEMBERS.test(c) && MEN.test(w)) || sameKind(c, w));
    if (after.some(hit) || before.some(hit)) return true;
  }
  return false;
}
