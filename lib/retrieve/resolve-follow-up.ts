/**
 * "Who was his Mexican counterpart?" after "Who was General Sullivan?" asks about Sullivan; "When
 * was it approved?" after "What was Plan Colombia?" asks about Plan Colombia. A follow-up's
 * pronoun is read as the name the conversation last asked about, so retrieval and the answer see
 * the question the user meant. A pronoun with no such name stays as it is.
 */

const TITLE = '(?:General|Gen\\.|Admiral|Adm\\.|President|Secretary|Senator|Colonel|Col\\.|Lieutenant|Captain|Commander|Ambassador|Minister|Dr\\.)';
const WORD = "\\p{Lu}[\\p{L}\\d.'’&-]*";
/** "General Sullivan", "Admiral Mike Mullen": a titled person. */
const TITLED = new RegExp(`\\b${TITLE}\\s+(?:${WORD}\\s+){0,2}${WORD}`, 'gu');
/** Runs of capitalised words ("Plan Colombia", "the Mérida Initiative", "NORTHCOM"), joined by "of". */
const NAME = new RegExp(`${WORD}(?:\\s+(?:of\\s+(?:the\\s+)?)?${WORD})*`, 'gu');
/** Capitalised words that are no name: question words and the like at a question's start. */
const NOT_NAME = /^(?:What|Who|Whom|Whose|When|Where|Why|How|Which|Did|Does|Do|Was|Were|Is|Are|Has|Have|Had|Can|Could|Would|Should|Will|In|On|At|For|From|By|With|According|Tell|Explain|Describe|Summarize|List|The|A|An|This|That|These|Those|And|Or|But|If|I|US|U\.S\.|United States|America|Mexico|Colombia|Mexicans?|Colombians?|Americans?)$/u;
/** A run naming a person: a title, or two or more words none of which is an institution's. */
const INSTITUTION = /\b(?:Plan|Initiative|Command|Army|Navy|Force|Forces|Department|Congress|Operation|Policy|Affair|War|Battalion|Squadron|School|Institute|Commission|Agreement|Conference|Treaty|Act|Course|Center|Centre)\b/u;

const PERSONAL = /\b(?:he|him|his|she|her)\b/i;
const IMPERSONAL = /\b(?:it|its)\b/i;
/** "this" standing alone ("How does this compare …", "… explains this best?", "… for this?"), not "this thesis". */
const THIS = /\bthis\b(?=\s*[?.,!]|\s*$|\s+(?:compare|compares|relate|relates|mean|means|matter|matters|affect|affects|differ|differs|fit|fits|best|most|work|works)\b)/gi;

interface Mention {
  name: string;
  person: boolean;
}

/** The names a turn asks about, in order: titled persons, and runs of capitalised words. */
function mentions(turn: string): Mention[] {
  const out: { at: number; m: Mention }[] = [];
  for (const m of turn.matchAll(TITLED)) out.push({ at: m.index, m: { name: m[0], person: true } });
  for (const m of turn.matchAll(NAME)) {
    const words = m[0].split(/\s+/);
    while (words.length && NOT_NAME.test(words[0])) words.shift();
    const name = words.join(' ').replace(/['’]s$/u, '');
    if (!name || NOT_NAME.test(name) || out.some((o) => o.m.name.includes(name))) continue;
    const person = words.length >= 2 && !INSTITUTION.test(name) && !/^\p{Lu}+$/u.test(words[0]);
    const at = m.index + m[0].indexOf(words[0]);
    // "the Mérida Initiative" keeps its article.
    const the = !person && /\bthe\s+$/i.test(turn.slice(0, at)) ? 'the ' : '';
    out.push({ at, m: { name: `${the}${name}`, person } });
  }
  return out.sort((a, b) => a.at - b.at).map((o) => o.m);
}

/** The name the conversation last asked about, a person's or a thing's. */
function lastMention(context: string, person: boolean): string | null {
  const turns = context.split('\n').map((t) => t.trim()).filter(Boolean);
  for (const turn of turns.reverse()) {
    const found = mentions(turn).filter((m) => m.person === person);
    if (found.length) return found[found.length - 1].name;
  }
  return null;
}

/** The first titled person the previous answer names ("General Wilhelm oversaw …"): whom "he" means when the questions named nobody. */
function answeredPerson(answer?: string): string | null {
  return answer?.match(TITLED)?.[0] ?? null;
}

/**
 * The follow-up with its pronouns read as the name they stand for; unchanged when it has none to
 * resolve. "Was he a Marine?" after "Who oversaw it?" (no person asked about) means the person the
 * previous answer named.
 */
export function resolveFollowUp(question: string, context?: string, previousAnswer?: string): string {
  if (!context?.trim()) return question;
  // "What did General Wilhelm do in his first year?": a name in the question itself is what its pronoun points to.
  const own = mentions(question);
  let out = question;
  if (PERSONAL.test(out) && !own.some((m) => m.person)) {
    const name = lastMention(context, true) ?? answeredPerson(previousAnswer);
    if (name) out = out.replace(/\b(?:his|her)\b(?=\s+\p{L})/giu, `${name}’s`).replace(/\b(?:he|him|she)\b/giu, name);
  }
  const ownThing = own.some((m) => !m.person);
  if (IMPERSONAL.test(out) && !ownThing) {
    const name = lastMention(context, false);
    // "Is it true that …" and "it is likely" point at no thing.
    if (name) out = out.replace(/\bits\b/giu, `${name}’s`).replace(/\bit\b(?!\s+(?:is\s+|was\s+)?(?:true|possible|likely|unlikely|clear|known|said|reported|the case|important|necessary|fair)\b)/giu, name);
  }
  if (out.search(THIS) >= 0 && !ownThing) {
    const name = lastMention(context, false);
    if (name) out = out.replace(THIS, name);
  }
  return out;
}
