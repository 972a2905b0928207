import { foldText } from '../../retrieve/tokenize';
import type { CorpusRecord } from '../../types';

/**
 * "What was Plan Colombia?", "What is the Mérida Initiative?": a question asking what a named
 * thing is. The sentences that say it — "Operation MARTILLO is a multinational operation …",
 * "“Plan Colombia,” a program approved in 2000 …", "an agreement …, called the Mérida Initiative",
 * "the Revolutionary Armed Forces of Colombia (FARC)" — answer it better than others naming it.
 */

const ASKS = /^\s*[Ww]hat (?:is|was|are|were) (?:the |an? )?((?:\p{Lu}[\p{L}\d.'’&-]*|of|for|de|del)(?:\s+(?:\p{Lu}[\p{L}\d.'’&-]*|of|for|de|del)){0,5})\s*\??\s*$/u;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A question typed all in lowercase ("what is the merida initiative"): any short phrase may be the name. */
const LOWERCASE_ASKS = /^\s*what (?:is|was|are|were) (?:the |an? )?([\p{Ll}\d.'’&-]+(?:\s+[\p{Ll}\d.'’&-]+){0,4})\s*\??\s*$/u;

/** "What does the thesis mean by informal institutions?", "What is meant by …", "Define …": the term asked about. */
const MEANING_ASKS =
  /^\s*(?:what (?:does|do|did) (?:the thesis|this thesis|the author|the writer|he|it) mean by|what is meant by|define|how does (?:the thesis|this thesis|the author) define)\s+(?:the\s+|an?\s+)?["“]?([\p{L}\d.'’&-]+(?:\s+[\p{L}\d.'’&-]+){0,4}?)["”]?\s*\??\s*$/iu;

/** The name a what-is question asks about, as written ("Plan Colombia"); null for other questions. */
export function askedDefinition(question: string): string | null {
  const meaning = MEANING_ASKS.exec(question)?.[1].trim().toLowerCase();
  // "What does the author mean by that?" refers back: a follow-up, not a term.
  if (meaning) return /^(?:that|this|it|these|those)$/.test(meaning) ? null : meaning;
  const lower = LOWERCASE_ASKS.exec(question)?.[1].trim();
  if (lower) return lower;
  const m = ASKS.exec(question);
  const name = m?.[1].trim();
  return name && /^\p{Lu}/u.test(name) ? name : null;
}

/** "What is the role of SOUTHCOM?", "What is NORTHCOM's mission?": the thing whose task is asked. */
const TASK_ASKS = /^\s*what (?:is|was|are|were) (?:the )?(?:role|mission|purpose|task|job|function|responsibility) of (?:the )?(.+?)\s*\??\s*$|^\s*what (?:is|was|are|were) (?:the )?(.+?)['’]s? (?:role|mission|purpose|task|job|function|responsibility)\s*\??\s*$/i;

/** Sentences stating that thing's task: "SOUTHCOM's self-proclaimed mission is to …", "NORTHCOM has a mission to …". */
function taskPattern(name: string): RegExp {
  const x = escape(name).replace(/\s+/g, '\\s+');
  const task = '(?:role|mission|purpose|task|job|function|responsibilit(?:y|ies))';
  return new RegExp(`\\b${x}['’]s\\s+(?:[\\w-]+\\s+){0,2}${task}\\b|\\b${task}\\s+of\\s+(?:the\\s+)?${x}\\b|\\b${x}\\b[^.]{0,40}\\b(?:has|had|with)\\s+(?:a|the|its)\\s+${task}\\b`, 'i');
}

/** A test for sentences that say what the named thing is (a name typed in lowercase matches any case and accents); null for other questions. */
export function definesAsked(question: string): { test(text: string): boolean } | null {
  const task = TASK_ASKS.exec(question);
  if (task) {
    const re = taskPattern(foldText((task[1] ?? task[2]).trim()));
    return { test: (text) => re.test(text) || re.test(foldText(text)) };
  }
  const theory = askedTheory(question);
  if (theory) return theoryPattern(theory);
  const name = askedDefinition(question);
  const re = name ? definitionPattern(name) : null;
  if (!re) return null;
  return re.flags.includes('i') ? { test: (text) => re.test(text) || re.test(foldText(text)) } : re;
}

/** "What is realism?", "What does liberalism argue?": a school of thought (a word in -ism) asked about. */
export function askedTheory(question: string): string | null {
  return /^\s*what (?:is|was|are|does|do) (?:the )?(?:theory of )?([a-z]+ism)(?: (?:theory|mean|say|argue|claim|hold|predict))?\s*\??\s*$/i.exec(question)?.[1].toLowerCase() ?? null;
}

/** The sentences saying what a school holds: "Proponents of realism argue …", "Realists would argue …". */
export function theoryPattern(theory: string): RegExp {
  const stem = theory.replace(/ism$/, '');
  return new RegExp(`\\b(?:proponents of (?:neo-?)?${theory}|${stem}ists?)\\s+(?:would\\s+)?(?:argue|argues|believe|believes|contend|contends|hold|holds|claim|claims|predict|predicts)\\b`, 'i');
}

function definitionPattern(name: string): RegExp | null {
  const x = escape(name).replace(/\s+/g, '\\s+');
  const q = '[”"’)]*';
  const flags = name === name.toLowerCase() ? 'i' : '';
  return new RegExp(
    [
      // "Operation MARTILLO is a …", "“Plan Colombia,” a program …"
      `\\b${x}${q},?${q}\\s+(?:is|was|are|were)\\s+(?:a|an|the)\\b`,
      `\\b${x}${q},${q}\\s+(?:a|an|the)\\s`,
      // "informal institutions, like military norms and social relationships": a term given by its examples
      `\\b${x}${q},\\s+(?:like|such as|including)\\s`,
      // "UNITAS, Latin for “unity,” which is a naval exercise …"
      `\\b${x}${q},[^.]{0,40}?\\bwhich (?:is|was) (?:a|an|the)\\b`,
      // "… called the Mérida Initiative", "known as UNITAS"
      `\\b(?:called|named|known as|termed)\\s+(?:the\\s+)?[“"]?${x}\\b`,
      // "the United States established NORTHCOM to promote national defense …", "NORTHCOM formed to provide …"
      `\\b(?:established|created|formed|founded|set up)\\s+(?:the\\s+)?${x}\\s+(?:to|in order to)\\s`,
      `\\b${x}${q}\\s+(?:was\\s+)?(?:formed|established|created|founded)\\s+to\\s`,
      // "SOUTHCOM's self-proclaimed mission is to …": what a command or an office is for
      `\\b${x}['’]s\\s+(?:[\\w-]+\\s+){0,2}(?:mission|purpose)\\s+(?:is|was)\\b`,
      // "the Revolutionary Armed Forces of Colombia (FARC)"
      `\\(${x}\\)`,
    ].join('|'),
    flags,
  );
}

/**
 * Passages of the thesis saying what the school or the term a question asks about is (at most two,
 * in reading order): "Proponents of realism argue …", "informal institutions, like military norms …".
 */
export function definingRecords(records: CorpusRecord[], question: string): CorpusRecord[] {
  // definesAsked matches a lowercase name in any case and accents itself.
  const says = askedTheory(question) || askedDefinition(question) ? definesAsked(question) : null;
  return says ? records.filter((r) => r.kind === 'passage' && says.test(r.text)).slice(0, 2) : [];
}
