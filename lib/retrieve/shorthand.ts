/**
 * Staff shorthand written out in the thesis's words: "# of UH-1H helos US proposed giving Mex AF",
 * "$ SOUTHCOM sent … after the Wilhelm-Mora mtg Jan 99".
 * Without this, "helos", "mtg" or "99" are words the corpus never uses, and the answerer abstains.
 */

/** Words typed short, matched whole and case-insensitively. */
const WORDS: Record<string, string> = {
  helo: 'helicopter',
  helos: 'helicopters',
  mtg: 'meeting',
  mtgs: 'meetings',
  govt: 'government',
  gov: 'government',
  intl: 'international',
  natl: 'national',
};
const WORD = new RegExp(String.raw`\b(${Object.keys(WORDS).join('|')})\b\.?(?!-)`, 'gi');

/** Capitalised only: "AF" is the Air Force, "af" is nothing. "Gov" before a name is a governor (see abbreviations.ts). */
const AIR_FORCE = /\bAF\b/g;
/** Casualty codes, capitals only: killed and wounded in action. */
const KILLED = /\bKIA\b/g;
const WOUNDED = /\bWIA\b/g;
/** "Mex" / "Mex." before a noun is the adjective ("Mex AF", "Mex officials"); alone or before a function word, the country ("aid to Mex after 2007"). */
const MEXICAN =
  /\bMex\b\.?(?=\s+(?!(?:after|before|in|on|to|and|or|with|from|for|since|during|by|at|was|were|is|are|did|does|do|had|has|have|get|gets|got|receive[ds]?|over|under|about|between|than|as|until|through|into|if|when|because|but|so)\b)\p{L})/gu;
const MEXICO = /\bMex\b\.?/g;

/** A question opening "# of …" or "No. of …" asks how many; one opening "$ …" asks how much. */
const COUNT_OPENING = /^\s*(?:#|No\.|Num\.?)\s*of\s+/i;
const MONEY_OPENING = /^\s*\$\s+(?=\p{L})/u;

const MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** A year typed with two digits after a month ("January 99", "Jan '99"): a day is 31 or less, so only a larger number (or one with an apostrophe) is a year. */
const MONTH_SHORT_YEAR = new RegExp(String.raw`\b(${MONTH_NAMES})\s+(?:'|’)?(\d\d)\b(?!,?\s*\d)`, 'g');
/** "in '99", "the ’90s": an apostrophe marks a year typed short. */
const APOSTROPHE_YEAR = /(?<![\p{L}\d])['’](\d\d)(?=s\b|\b)/gu;

function fullYear(two: string): string {
  return `${Number(two) >= 40 ? 19 : 20}${two}`;
}

/** Expects months already written out (spellOutAbbreviations does that first). */
export function spellOutShorthand(question: string): string {
  return question
    .replace(COUNT_OPENING, 'How many ')
    .replace(MONEY_OPENING, 'How much money ')
    .replace(MONTH_SHORT_YEAR, (m, month: string, two: string) => (Number(two) > 31 || /['’]/.test(m) ? `${month} ${fullYear(two)}` : m))
    .replace(APOSTROPHE_YEAR, (m, two: string) => fullYear(two))
    .replace(AIR_FORCE, 'Air Force')
    .replace(KILLED, 'killed')
    .replace(WOUNDED, 'wounded')
    .replace(MEXICAN, 'Mexican')
    .replace(MEXICO, 'Mexico')
    .replace(WORD, (m, w: string) => WORDS[w.toLowerCase()])
    .replace(CENTURY, (m, part: string | undefined, which: string) => `${part ? `${part} ` : ''}${CENTURIES[which.toLowerCase()]}`)
    .replace(WORLD_WAR, (m, which: string) => (/^(?:first|1st)$/i.test(which) ? 'World War I' : 'World War II'));
}

/** "the Second World War": the thesis writes "World War II" (and "Second, …" opens a list, not the war). */
const WORLD_WAR = /\b(first|second|1st|2nd) world war\b/gi;

/** "the early twentieth century", "the 19th century": the thesis writes "the early 1900s", "the 1800s". */
const CENTURY = /\b(?:(early|mid|late)[-\s]+)?(nineteenth|twentieth|twenty-first|19th|20th|21st)[-\s]+century\b/gi;
const CENTURIES: Record<string, string> = {
  nineteenth: '1800s',
  '19th': '1800s',
  twentieth: '1900s',
  '20th': '1900s',
  'twenty-first': '2000s',
  '21st': '2000s',
};
