/**
 * "Why did the U.S. military cooperate with Colombia during World War II?" is not answered by
 * "Cooperation … from the 1800s to just before World War II did not happen …": the sentence names
 * the same event, but another time relative to it.
 */

type Relation = 'before' | 'during' | 'after';

/** The words before an event that place a time relative to it; "from World War II" is during it and after. */
const RELATION_WORDS: [RegExp, Relation[]][] = [
  [/\b(?:before|prior to|until|up to|leading up to|to)$/i, ['before']],
  [/\b(?:during|throughout|amid)$/i, ['during']],
  [/\b(?:after|since|following|post)$/i, ['after']],
  [/\bfrom$/i, ['during', 'after']],
];

/** Events the thesis dates periods by, each in the spellings it uses. */
const EVENTS: [string, RegExp][] = [
  ['ww2', /\b(?:World War II|World War 2|WWII|the Second World War)\b/gi],
  ['ww1', /\b(?:World War I|WWI|the First World War)\b/gi],
  ['9/11', /\b9\/11\b|\bSeptember 11(?:th)?\b/gi],
  ['korea', /\bthe Korean War\b/gi],
  ['cold', /\bthe Cold War\b/gi],
  ['drugs', /\b(?:the )?war on drugs\b/gi],
];

function relationsBefore(text: string, at: number): Relation[] {
  const lead = text.slice(Math.max(0, at - 24), at).replace(/\s+(?:the|just|and|shortly|right|immediately|well)\s*$/gi, '').trimEnd();
  return RELATION_WORDS.find(([re]) => re.test(lead))?.[1] ?? [];
}

/** Each event a text names, with the relations to it each mention states (none where it states none). */
function eventRelations(text: string): Map<string, Relation[][]> {
  const out = new Map<string, Relation[][]>();
  for (const [event, re] of EVENTS) {
    for (const m of text.matchAll(re)) out.set(event, [...(out.get(event) ?? []), relationsBefore(text, m.index ?? 0)]);
  }
  return out;
}

let lastQuestion = '';
let lastAsked: (readonly [string, Relation[]])[] = [];

/** The events the question places itself against, with the relations it states: read once per question, as every candidate is checked against it. */
function askedPeriods(question: string): (readonly [string, Relation[]])[] {
  if (question !== lastQuestion) {
    lastAsked = [...eventRelations(question)].map(([event, ms]) => [event, ms.flat()] as const).filter(([, rs]) => rs.length);
    lastQuestion = question;
  }
  return lastAsked;
}

/**
 * The question's "during World War II" (or before, after) and the sentence's relation to that
 * same event: a mismatch when every mention of it in the sentence states another relation.
 */
export function otherPeriod(question: string, text: string): boolean {
  const asked = askedPeriods(question);
  if (!asked.length) return false;
  const stated = eventRelations(text);
  return asked.some(([event, rs]) => {
    const mentions = stated.get(event);
    return !!mentions && mentions.every((m) => m.length > 0 && !m.some((r) => rs.includes(r)));
  });
}
