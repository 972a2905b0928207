/**
 * "How many Colombians were wounded in combat in Korea?": a toll of the dead or wounded is told
 * by a figure beside a word for the loss ("the Colombians lost 131 men and 448 others sustained
 * combat wounds"), a sentence that seldom repeats the war's name its passage opens with. Without
 * this, a sentence of that passage naming Korea but no figure outranks it and the answerer abstains.
 */

/** A question counting the dead or wounded. */
const COUNTS_DEAD_OR_WOUNDED = /\b(?:killed|wounded|injured|died|dead|deaths|casualt(?:y|ies)|losses|lost)\b/i;

const FIGURE = String.raw`(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?)`;
const LOSS = String.raw`(?:killed|killing|wounded|wounding|wounds|injured|injuries|died|dead|deaths|casualties|lost|losses)`;
/** A figure with a word for the loss up to four words after it ("448 others sustained combat wounds"), or "lost" / "killed" just before it ("lost 131 men"). */
const TELLS_TOLL = new RegExp(String.raw`\b${FIGURE}\b(?:\s+\S+){0,3}?\s+${LOSS}\b|\b(?:lost|killed|killing|wounded|wounding)\s+(?:some\s+|about\s+|nearly\s+|over\s+)?${FIGURE}\b`, 'i');

export function asksToll(question: string): boolean {
  return COUNTS_DEAD_OR_WOUNDED.test(question);
}

export function tellsToll(text: string): boolean {
  // A year is no toll ("died in 1993").
  return TELLS_TOLL.test(text.replace(/\b(?:1[5-9]|20)\d\d\b/g, 'YEAR'));
}
