import { stem, words } from '../../retrieve/tokenize';
import { asksExample } from '../../retrieve/question-terms';
import { COUNTRY_NAMES } from '../../retrieve/countries';
import type { WordSimilarity } from '../../retrieve/word-similarity';
import { COUNTED_SIMILARITY, DEMONYM, newNames } from './detail-evidence';
import type { Scored } from './score';

// Whether a sentence names the thing a which-question asks to be named ("Which U.S. division …",
// "Which 12 other countries …"): a name beside the noun, in apposition to it or as its complement,
// not a mere mention of one ("a U.S. division").

/** Characters between a noun and the name that names it ("the oil tanker Potrero del Llano", "the operation, code-named Jaque"). */
const NAME_REACH = 15;

/** Words between a noun and a name that put the name in another phrase. */
const GAP_BREAK = /\b(?:with|to|in|from|by|for|at|on|against|and)\b/i;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether the sentence says the name is the noun, however far apart: in apposition ("the Almirante
 * Padilla, a frigate-class ship") or as the complement of a subject that is the noun ("The naval
 * vessel, offered by Colombia …, was the Almirante Padilla").
 */
function identifies(text: string, name: string, noun: string): boolean {
  const [n, k] = [escape(name), `${escape(stem(noun).replace(/y$/, ''))}\\w*`];
  return new RegExp(`${n},\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,3}${k}\\b`, 'i').test(text) || new RegExp(`^The\\s+(?:[\\w-]+\\s+){0,2}${k}\\b[^.;]*?\\s(?:was|is)\\s+(?:the\\s+)?${n}`).test(text);
}

/** Nouns for people: a titled name ("President Bush") may name one, but never a ship or an operation. */
const PERSON_NOUN =
  /^(?:person|people|general|admiral|president|leader|officer|scholar|commander|envoy|ambassador|secretary|chief|theorist|historian|writer|analyst|official|diplomat|boss|dealer|lord|trafficker|kingpin|author|man|woman|soldier|pilot|liaison|representative|counterpart|successor|predecessor|minister|senator|congressman|member|hostage|contractor)s?$/;
const TITLED_NAME = /^(?:General|Admiral|President|Secretary|Senator|Colonel|Lieutenant|Captain|Commander|Ambassador|Minister|Major)\s/;

/**
 * Whether a sentence gives a new name close to the noun asked about. A sentence without the noun
 * itself passes on any new name that could be one: not a lone nationality or country ("Colombian"), nor a
 * titled person for a thing ("President Bush" names no ship).
 */
function namesNear(text: string, noun: string, qWords: Set<string>): boolean {
  const names = newNames(text, qWords);
  if (!names.length) return false;
  // Every form of the noun ("country" and "countries"), by stem.
  const at = [...text.matchAll(/[A-Za-z][\w'’]*/g)].filter((m) => stem(m[0].toLowerCase()) === stem(noun)).map((m) => [m.index, m.index + m[0].length]);
  if (!at.length) return names.some((n) => !DEMONYM.test(n) && !LONE_COUNTRY.test(n) && (PERSON_NOUN.test(noun) || !TITLED_NAME.test(n)));
  return names.some((n) => {
    const [i, j] = [text.indexOf(n), text.indexOf(n) + n.length];
    // "an international exercise with the United States" does not name the exercise.
    const near = ([a, b]: number[]) => Math.max(0, i - b, a - j) <= NAME_REACH && !GAP_BREAK.test(text.slice(Math.min(b, j), Math.max(a, i)));
    return at.some(near) || identifies(text, n, noun);
  });
}

/** A verb giving a name, then the name within a few words ("call this course the “Lancero” course"); not "called on Mexico" or "a port-of-call at Naval Base". */
const GIVES_NAME = /(?<![\w-])(?:call|calls|called|named|dubbed|known as)\s+(?!(?:on|for|upon|off|in|up|at|to|from|by|with|into|out)\b)(?:[a-z]+\s+){0,3}?[“"‘]?[A-Z]/;

/** A country's name alone ("Colombia"): a place, not the name of a ship or a program. */
const LONE_COUNTRY = new RegExp(`^(?:${COUNTRY_NAMES.join('|')})$`);

/** A country named; not the first word of another name ("Panama Canal", "Mexico City"). */
const COUNTRY = new RegExp(`\\b(?:${COUNTRY_NAMES.join('|')})\\b(?!\\s+[A-Z])`, 'g');

/** Whether a sentence about the noun a which-question asks to be named names one ("the Colombian Navy ship ARC Resolute"). */
export function givesAskedName(p: Scored, noun: string, qWords: Set<string>, sim?: WordSimilarity): boolean {
  // "Colombians call this course the “Lancero” course": a sentence giving something its name names what was asked.
  const given = GIVES_NAME.exec(p.c.text);
  if (given && newNames(p.c.text.slice(given.index), qWords).length) return true;
  // "Which countries did the U.S. military intervene in?": "intervention in Mexico" names one without the word.
  if (/^(?:countries|nations)$/.test(noun) && [...p.c.text.matchAll(COUNTRY)].some((m) => words(m[0]).some((w) => !qWords.has(w)))) return true;
  // "Which combatant command …": SOUTHCOM, NORTHCOM, CENTCOM name one without the word.
  if (/^commands?$/.test(noun) && [...p.c.text.matchAll(/\b(?:US)?[A-Z]{2,6}COM\b/g)].some((m) => !qWords.has(m[0].toLowerCase()))) return true;
  // "Which Mexican air unit …": a unit is named by its number or its own name ("201st Fighter Squadron", "Colombia Battalion").
  // ("United States" is no unit, though its stem is.)
  if (/^(?:units?|formations?)$/.test(noun)) return namesUnit(p.c.text, qWords);
  // "What institution …": "the National Museum of Interventions" names one without the word.
  if (/^(?:institution|museum|memorial|monument|academy)$/.test(noun)) return [...p.c.text.matchAll(INSTITUTION_NAME)].some((m) => words(m[0]).some((w) => !qWords.has(w)));
  // A compound is about its head: "the Colombian Navy ship ARC Resolute" is about a warship.
  const head = (w: string) => w.length >= 4 && noun.length > w.length && noun.endsWith(w);
  const aboutNoun = p.c.terms.has(stem(noun)) || [...p.c.words].some((w) => head(w) || (sim?.(noun, w) ?? 0) >= COUNTED_SIMILARITY);
  return aboutNoun && namesNear(p.c.text, noun, qWords);
}

/** A named institution: a museum or a school, or in the thesis's sense of the word a program or a body ("the Mérida Initiative"). */
const INSTITUTION_NAME =
  /(?<![\p{L}])(?:\p{Lu}[\p{L}-]+\s+){0,4}(?:Museum|Institute|Institution|Academy|School|College|University|Memorial|Monument|Initiative|Plan|Program|Group|Committee|Commission|Council|Agreement)(?![\p{L}])(?:\s+(?:of|for)(?:\s+(?:the\s+)?\p{Lu}[\p{L}-]+)+)?/gu;

const UNIT_NAME = /\b(?:(\d+(?:st|nd|rd|th))|([A-Z][\w-]+))\s+(?:[A-Z][\w-]*\s+){0,3}(?:Squadron|Battalion|Brigade|Division|Regiment|Company|Wing)s?\b/g;

function namesUnit(text: string, qWords: Set<string>): boolean {
  return [...text.matchAll(UNIT_NAME)].some((m) => !!m[1] || !qWords.has(m[2].toLowerCase()));
}

/** The sentence to lead with when the best one does not name the asked thing: one that does, scoring at least `share` of the best. */
export function namingLead(scored: Scored[], noun: string, qWords: Set<string>, share: number, sim?: WordSimilarity): Scored | undefined {
  const top = scored[0];
  if (!top || givesAskedName(top, noun, qWords, sim)) return undefined;
  return scored.find((s) => s.score >= share * top.score && givesAskedName(s, noun, qWords, sim));
}

/** "countries that see each other as enemies", "two states that …": an example of them is a country. */
const OF_COUNTRIES = /\b(?:countries|nations|states|pair of countries|two countries)\b/i;

/**
 * For "What example does the thesis use to show that countries that see each other as enemies won't
 * cooperate?": of nearly equal sentences, one naming a country the question does not ("The United
 * States and North Korea perceive each other as enemies") leads over one stating the idea in general
 * ("adversaries can best achieve their security goals …").
 */
export function countryExampleLead(scored: Scored[], question: string, qWords: Set<string>, share: number): Scored | undefined {
  const top = scored[0];
  if (!top || !asksExample(question) || !OF_COUNTRIES.test(question)) return undefined;
  const namesCountry = (text: string) => [...text.matchAll(COUNTRY)].some((m) => words(m[0]).some((w) => !qWords.has(w) && !UNITED_STATES_WORDS.has(w)));
  if (namesCountry(top.c.text)) return undefined;
  return scored.find((s) => s.score >= share * top.score && namesCountry(s.c.text));
}

/** The United States is in every example of the thesis's: naming it names no example. */
const UNITED_STATES_WORDS = new Set(['united', 'states', 'america']);
