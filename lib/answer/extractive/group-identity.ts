import { hasNewPerson, nationOf } from './detail-evidence';

/** Nouns for people taken together, which a sentence may use instead of naming them. */
const GROUP_NOUN = String.raw`(?:leaders|officials|officers|members|representatives|delegates|diplomats|commanders|generals|admirals|counterparts|personnel|people|individuals|persons|soldiers|troops|advisors|advisers|instructors|liaisons|authorities|negotiators|signatories)`;

/**
 * A question asking who the people of a group were, which the question itself describes: "Who were
 * the leaders from the two parties that signed …?", "Which Colombian navy officials did Mabus meet?".
 * It asks for names; a sentence telling what the group did, in the question's own description, repeats it.
 */
const GROUP_IDENTITIES = new RegExp(
  String.raw`^\s*(?:who (?:were|are) the (?:[a-z.-]+\s+){0,4}?${GROUP_NOUN}\b|(?:which|what) (?:[A-Za-z.-]+\s+){0,3}?${GROUP_NOUN}\s+(?:did|does|do|had|has|have|were|was)\b)`,
  'i',
);

export function asksGroupIdentities(question: string): boolean {
  return GROUP_IDENTITIES.test(question);
}

/** "Who signed the peace agreement …?": the deed the question asks the doer of (a past tense right after "who"). */
function askedDeed(question: string): string | null {
  return /^\s*who\s+([a-z]{3,}ed)\b/i.exec(question)?.[1].toLowerCase() ?? null;
}

const GROUP_WORD = new RegExp(String.raw`^${GROUP_NOUN}$`, 'i');
/** Words that say whose a group is without naming anyone in it ("Colombian and U.S. civilian officials"). */
const qualifies = (w: string) => /^[a-z,'’-]+$/.test(w) || nationOf(w) !== null;

/**
 * An opening that names no one: after any time phrase ("In October 2009,"), lowercase words and
 * nations' adjectives ending in a group noun ("Leaders from the two parties", "Colombian and U.S.
 * civilian officials").
 */
function namesNoOne(opening: string): boolean {
  const words = opening.replace(/^(?:In|On|By|During|After|Before)\s+[^,]{1,30},\s*/, '').split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 8) return false;
  const head = words.findIndex((w) => GROUP_WORD.test(w.replace(/[,;]$/, '')));
  return head >= 0 && words.every((w, i) => i === head || qualifies(w) || (i === 0 && /^The$/.test(w)));
}

/** Other words for a deed, as a question may put it ("Who inked the deal?" asks who signed it). */
const SAME_DEED: Record<string, string> = { inked: 'signed', penned: 'signed' };

/**
 * Whether the sentence tells the deed the question asks the doer of, done by people it does not
 * name: "Leaders from the two parties signed a peace agreement …" does not say who signed it.
 */
export function deedByUnnamed(question: string, text: string): boolean {
  const asked = askedDeed(question);
  if (!asked) return false;
  const at = [asked, SAME_DEED[asked]].filter(Boolean).map((d) => new RegExp(String.raw`\b${d}\b`, 'i').exec(text)).find(Boolean);
  return !!at && namesNoOne(text.slice(0, at.index).trim());
}

/**
 * Whether the answer leaves unsaid who the asked people are: for a question about a group's
 * identities, the leading sentence names no one new; for "Who signed …?", it says the deed was
 * done by a group it does not name.
 */
export function leavesGroupUnnamed(question: string, best: string, questionWords: Set<string>): boolean {
  if (asksGroupIdentities(question)) return !hasNewPerson(best, questionWords);
  return deedByUnnamed(question, best);
}
