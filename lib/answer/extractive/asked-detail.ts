/**
 * The specific detail a question asks for beyond its topic. A passage that talks around the topic
 * without giving that detail ("a key drug dealer" for "what was the name of the drug dealer")
 * does not answer it.
 */
export type AskedDetail =
  /** "How long ...": a stretch of time ("18 months", "from 1899 until 1902"). */
  | { kind: 'duration' }
  /** "What was the name of the <noun> ...": a proper name, in a sentence about the noun. */
  | { kind: 'name'; noun: string }
  /** "Who was Mexico's president ...": a person's name. */
  | { kind: 'person' };

/** Roles whose holder is a person, so "who" wants a name rather than an institution. */
const ROLE = /\b(president|commander|general|admiral|secretary|minister|leader|chief|head|ambassador|director|officer|envoy|successor)\b/i;

/** Words that end the noun phrase after "the name of the" (relative pronouns, prepositions, verbs). */
const PHRASE_END = /^(whose|who|whom|that|which|in|of|by|on|at|for|from|with|to|was|were|is|are|did|does|had|has|when|where)$/i;

/** The head noun of "the name of the Mexican oil tanker whose ..." ("tanker"). */
function namedNoun(question: string): string | null {
  const m = /\bnames? of (?:the |a |an |this |that |his |her |its |their )?([^?,;]+)/i.exec(question);
  if (!m) return null;
  const words = m[1].split(/\s+/);
  const end = words.findIndex((w) => PHRASE_END.test(w));
  const phrase = words.slice(0, end < 0 ? words.length : end);
  return phrase.at(-1)?.toLowerCase().replace(/[^a-z-]/g, '') || null;
}

/** What detail the question asks for, or null when it asks for nothing this specific. */
export function askedDetail(question: string): AskedDetail | null {
  const s = question.trim();
  if (/^how long\b/i.test(s) || /\bfor how (long|many (days|weeks|months|years))\b/i.test(s)) return { kind: 'duration' };
  const noun = /^(what|which) (was|is|were|are) the names? of\b/i.test(s) ? namedNoun(s) : null;
  if (noun) return { kind: 'name', noun };
  if (/^who (is|was|were|became|succeeded|replaced)\b/i.test(s) && ROLE.test(s) && !/\b(cite|cited|source|argue|argued)\b/i.test(s)) return { kind: 'person' };
  return null;
}
