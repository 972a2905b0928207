/**
 * Abbreviations spelt out as the thesis writes them ("FY16" → FY2016, "Oct" → October), so an abbreviation is neither an unknown name
 * that makes the answerer abstain nor a word retrieval cannot match.
 *
 * Ranks and titles typed short — "Adm. Tidd", "Gen. Castro", "Lt. Col. Smith", "SecDef Perry" —
 * are spelt out ("Admiral Tidd"). A generational "Sr."
 * after a name ("Bush Sr.") is dropped: the thesis tells the Bushes apart by initials, never so.
 */

import { spellOutShorthand } from './shorthand';

const TITLES: Record<string, string> = {
  adm: 'Admiral',
  gen: 'General',
  lt: 'Lieutenant',
  ltg: 'Lieutenant General',
  col: 'Colonel',
  capt: 'Captain',
  cpt: 'Captain',
  maj: 'Major',
  sgt: 'Sergeant',
  cmdr: 'Commander',
  cdr: 'Commander',
  brig: 'Brigadier',
  pres: 'President',
  sec: 'Secretary',
  secdef: 'Secretary of Defense',
  secnav: 'Secretary of the Navy',
  sen: 'Senator',
  rep: 'Representative',
  gov: 'Governor',
};

/**
 * A title abbreviation before a name: "Gen. Castro", "Lt Col Smith", "adm. tidd". Without its full
 * stop it must be capitalised and before a capitalised word ("Gen Castro", not "rep the Navy").
 */
const SPELLINGS = Object.keys(TITLES).flatMap((w) => [w, w[0].toUpperCase() + w.slice(1), w.toUpperCase()]);
const TITLE = new RegExp(String.raw`\b(${SPELLINGS.join('|')})\b(\.?)(?=\s+(\p{L})\p{Ll})`, 'gu');
/** "SecDef" and "SECNAV" name the office even alone ("What did the SecDef announce?"). */
const OFFICE = /\b(secdef|secnav)\b\.?/gi;
/** "Bush Sr." / "Bush Sr": a generational suffix after a name, not "Sr. Enlisted Leader" (senior). */
const SENIOR_SUFFIX = /(?<=\p{Lu}[\p{Ll}.]+),?\s+Sr\b\.?(?!\s+\p{Lu})/gu;
const SENIOR_TITLE = /\bSr\b\.?(?=\s+\p{Lu})/gu;

const MONTHS: Record<string, string> = {
  jan: 'January', feb: 'February', mar: 'March', apr: 'April', jun: 'June', jul: 'July', aug: 'August',
  sep: 'September', sept: 'September', oct: 'October', nov: 'November', dec: 'December',
};
/** A month typed short before a day or year: "Oct 2009", "Mar. 10, 2016", "oct 30". */
const MONTH = new RegExp(String.raw`\b(${Object.keys(MONTHS).join('|')})\b\.?(?=\s+\d)`, 'gi');

/** A fiscal year typed short: "FY16", "fy 17" (1940–2039). */
const SHORT_FISCAL_YEAR = /\b(FY|fy|Fy) ?(\d\d)\b/g;

export function spellOutAbbreviations(question: string): string {
  const spelt = question
    .replace(SHORT_FISCAL_YEAR, (m, fy: string, two: string) => `${fy}${Number(two) >= 40 ? 19 : 20}${two}`)
    .replace(MONTH, (m, w: string) => MONTHS[w.toLowerCase()])
    .replace(SENIOR_SUFFIX, '')
    .replace(SENIOR_TITLE, 'Senior')
    .replace(OFFICE, (m, w: string) => TITLES[w.toLowerCase()])
    .replace(TITLE, (m, w: string, stop: string, next: string) => (stop || (isCapitalised(w) && isCapitalised(next)) ? TITLES[w.toLowerCase()] : m));
  return spellOutShorthand(spelt);
}

function isCapitalised(w: string): boolean {
  return /^\p{Lu}/u.test(w);
}
