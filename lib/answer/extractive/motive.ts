/**
 * "Why did Colombia send troops to Korea?" asks for an actor's motive: "because the Colombian
 * government wanted to support the United States … in stopping communism" answers it; a sentence
 * whose "because" explains a circumstance ("arrived … by way of a U.S. transportation vessel
 * because the Colombians had no large navy ships") does not, though it shares more of the words.
 */
const ASKS_MOTIVE = /^\s*why\s+(?:did|does|do|would|will|has|have|had)\s+(?!not\b|n['’]t\b)/i;

/** Words stating what an actor wanted or meant to achieve. */
const TELLS_MOTIVE =
  /\b(?:want(?:s|ed)? to|sought to|seeks? to|hop(?:ed|es) to|intend(?:ed|s)? to|aim(?:ed|s)? to|in order to|so as to|in an (?:effort|attempt) to|with the (?:aim|goal|intent|purpose) of|to (?:support|help|protect|defend|combat|stop|prevent|counter))\b/i;

/** "Why does the thesis argue …": the thesis's reasoning, not an actor's motive. */
const ASKS_ARGUMENT = /\b(?:thesis|author|writer|study|researcher)\b/i;

export function asksMotive(question: string): boolean {
  return ASKS_MOTIVE.test(question) && !ASKS_ARGUMENT.test(question);
}

export function tellsMotive(text: string): boolean {
  return TELLS_MOTIVE.test(text);
}

/** Words that open a why-question's subject but say nothing of who it is. */
const NOT_SUBJECT = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'u', 's', 'us']);

/**
 * The words naming who acted in "Why did Mexican officials push back …?" (mexican, officials): the
 * first words after "why did", up to the verb, which the question's own words cannot tell apart,
 * so the two words before the third are taken.
 */
export function whySubject(question: string): string[] {
  const m = /^\s*why\s+(?:did|does|do|would|has|have|had|were|was)\s+((?:[\w.'’-]+\s+){1,3})/i.exec(question);
  if (!m) return [];
  const words = m[1].toLowerCase().split(/\s+/).filter((w) => w && !NOT_SUBJECT.has(w.replace(/[.'’]/g, ''))).slice(0, 2);
  // "Colombia send" is a name and a verb: a subject of two words ends in a noun ("officials", "military").
  return words.length === 2 && SUBJECT_NOUN.test(words[1]) ? words : [];
}

/** Nouns a subject of two words ends in: a plural, or a body acting as one. */
const SUBJECT_NOUN = /^(?:[a-z]+s|military|government|army|navy|congress|senate|president|command|administration|leadership)$/;

/**
 * Whether a sentence opens with the why-question's subject acting ("Mexican officials quickly
 * denounced those intentions and 'made it clear that …'"): beside the sentence stating the event, it
 * tells the actors' side of it, which is where their reason is, with or without "because".
 */
export function opensWithSubject(text: string, subject: string[]): boolean {
  if (subject.length < 2) return false;
  const opening = text.split(/\s+/).slice(0, 4).map((w) => w.toLowerCase().replace(/[^a-z]/g, ''));
  return subject.every((s) => opening.some((w) => w === s || (w.length > 3 && s.startsWith(w.slice(0, -1)) && Math.abs(w.length - s.length) <= 2)));
}
