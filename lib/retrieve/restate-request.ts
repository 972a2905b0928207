/**
 * Requests a student types instead of questions — "Tell me about Plan Colombia", "Can you describe
 * Operation MARTILLO?", "Explain why cooperation dropped off" — restated as the question they ask,
 * so retrieval and the answerer see "What is Plan Colombia?" and "Why did cooperation drop off?"
 * rather than the words "tell me" (which match the acknowledgments' "kept me going").
 */

const POLITE = /^\s*(?:(?:please|pls|hi|hello)[,!.]?\s+)*(?:(?:can|could|would|will) you\s+(?:please\s+)?)?(?:please\s+)?/i;
/** "tell me (more) about X", "give me an overview of X", "describe X", "explain X", "help me understand X". */
const ABOUT =
  /^(?:tell me|tell us|let me know|talk|speak)\s+(?:a (?:bit|little)\s+)?(?:more\s+)?about\s+|^(?:give (?:me |us )?(?:an? )?(?:overview|summary|description|explanation) of|describe|explain|help me (?:to )?understand)\s+/i;
/** What follows the request when it is itself a question ("tell me why …", "explain how …"). */
const QUESTION_WORD = /^(?:why|how|when|where|who|whom|what|which|whether)\b/i;

/** A remark about the asker beside the question: "I keep seeing different numbers in the thesis.", "I'm confused." */
const ASIDE =
  /(?:^|(?<=[?.!]))\s*I(?:(?:['’]m| am) (?:confused|lost|not sure|unsure|stuck)|(?: just)? keep (?:seeing|reading|finding|getting)|(?: just)? can(?:['’]t|not) (?:find|tell|figure)|(?: just)? don['’]t (?:get|understand) it)\b[^?!]*?(?:[.!]+|$)/g;

/**
 * A remark after the question that the thesis's parts disagree: "the intro and the colombia chapter
 * don't seem to match", "I've seen different numbers in this thesis".
 */
const MISMATCH =
  /(?<=[?])\s*[^?.!]*\b(?:(?:don['’]?t|doesn['’]?t|do not|does not|did not|didn['’]?t)\s+(?:seem to\s+|really\s+)?(?:match|agree|line up|add up)|(?:different|conflicting|varying|inconsistent|contradictory|two|several|multiple)\s+(?:numbers|figures|amounts|totals|dates|years|answers|versions))\b[^?!]*?(?:[.!]+|$)/gi;

/** A lead-in before the question: "Quick question:", "hey, quick one -", "Question:", "OK so". */
const LEAD_IN =
  /^\s*(?:(?:hey|hi|hello|ok(?:ay)?|so|um+|hmm+|sorry)(?: there)?[,!.]?\s+)*(?:(?:(?:a|one|another|random|quick|simple|small|basic|short|last|final|follow[- ]up)\s+)+(?:question|one|q)(?: for you)?|question|q)\s*(?:[:,]|\s[-–—])\s*/i;

/** The question without a lead-in ("Quick question: what's …" → "what's …"), if words remain. */
export function withoutLeadIn(question: string): string {
  const rest = question.replace(LEAD_IN, '');
  return rest !== question && rest.trim().split(/\s+/).length >= 2 ? rest : question;
}

/** The question without remarks about the asker, when another sentence asks it. */
export function withoutAsides(question: string): string {
  const rest = question.replace(ASIDE, ' ').replace(MISMATCH, ' ').replace(/\s+/g, ' ').trim();
  return rest !== question.trim() && /\?/.test(rest) ? rest : question;
}

export function restateRequest(input: string): string {
  const question = withoutLeadIn(withoutAsides(input));
  const polite = question.replace(POLITE, '');
  const m = ABOUT.exec(polite) ?? /^(?:tell me|explain)\s+(?=(?:why|how|when|where|who|what|which|whether)\b)/i.exec(polite);
  if (!m) return question;
  const rest = polite.slice(m[0].length).replace(/[\s?.!]+$/, '').trim();
  if (!rest) return question;
  // "Tell me about the thesis" asks what it is about (answered from the abstract).
  if (/^(?:the|this) (?:thesis|study)$/i.test(rest)) return `What is ${rest} about?`;
  // "Explain why X" asks why X: the question word leads.
  if (QUESTION_WORD.test(rest)) return `${rest.charAt(0).toUpperCase()}${rest.slice(1)}?`;
  return `What is ${rest}?`;
}
