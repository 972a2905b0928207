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
