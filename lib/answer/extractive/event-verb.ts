import { stem } from '../../retrieve/tokenize';
import type { WordSimilarity } from '../../retrieve/word-similarity';

/**
 * Verbs naming the close of something ("end", "die"), or the taking of an office ("take command"):
 * a date of its start, or of a statement made in office, does not answer. (A start is too often
 * said as "signed" or "launched" to require the word.)
 */
const PHASE = /^(end|finish|die|close|expire|stop|cease|resign|retire|leave|arrive|return|collapse|fall|abolish|repeal|revoke|rescind|lift|withdraw|take|assume)$/;

/**
 * The event a when/how-many question dates or counts, when the question ends on it or states it
 * as a passive: "In what year did Calderon's presidency end?" → end; "How many fighters were
 * killed in the ambush?" → killed. A date or figure for another event of the same people ("In
 * 2006, Mexico elected Felipe Calderon") does not answer it.
 */
export function eventVerb(question: string): string | null {
  const q = question.trim();
  // After "did", the passive is of a clause of its own: "How much fuel did he try to buy that made them suspect it was headed to Japan?"
  const passive = /\b[Hh]ow (?:many|much)\b(?:(?!\b(?:did|does|do)\b)[^?])*?\b(?:were|was|are|is|had been|have been|has been)\s+(?:[a-z]+ly\s+)?([a-z]+(?:ed|en|wn))\b/.exec(q);
  if (passive) return passive[1];
  if (!/^(?:in )?(?:what|which) (?:year|date|month|day)\b|^when\b/i.test(q)) return null;
  // "In what year was the ELN founded?": a participle closing a passive.
  const closing = /\b(?:was|were)\s[^?]*?\s([a-z]+(?:ed|en|wn))\s*\?$/.exec(q);
  if (closing) return closing[1];
  // "In what year did his presidency end?", "When did the battalion return from Korea?"
  const phase = /\b(?:did|does|do)\s[^?]*?\s([a-z]+)\s*\?$/.exec(q);
  if (phase && PHASE.test(phase[1])) return phase[1];
  const inside = /\b(?:did|does|do)\s+(?:\S+\s+){1,6}?([a-z]+)\b/g;
  for (const m of q.matchAll(inside)) if (PHASE.test(m[1])) return m[1];
  return null;
}

/**
 * The event a what-question asks the content or outcome of, when it names it as a passive
 * ("What was agreed at the Lima Conference?" → agreed) or as a replacement ("What program replaced
 * Plan Colombia?" → replaced): a passage about the conference or the program that never says
 * what was agreed, or what replaced it, does not answer.
 */
export function whatEvent(question: string): string | null {
  const q = question.trim();
  const passive = /^(?:what|which \w+) (?:was|were|had been|has been) ([a-z]+(?:ed|en|wn))\b(?!\s+(?:as|by|for|to)\b)/i.exec(q);
  if (passive && !/^(?:called|named|termed|known|considered|used|based|located|involved|concerned|meant)$/.test(passive[1])) return passive[1].toLowerCase();
  // "What did the states agree to at the Lima Conference?": the same, asked in the active voice;
  // "What agreement did Mabus sign …?" asks what was signed, which a passage on his visit never says.
  const decided = /^(?:what|which)(?: [a-z]+){0,2} did\b[^?]*?\b(agree|decide|resolve|pledge|promise|sign)\b/i.exec(q);
  if (decided) return `${decided[1].toLowerCase().replace(/e$/, '')}ed`;
  // "Who succeeded Admiral Tidd?", "Who was General Wilhelm's successor?": a passage about him that never says who came after (or before) him does not answer.
  // "Who stepped into General Wilhelm's shoes?" asks the same.
  const replaced = /^(?:what|which|who)\b[^?]*?\b(replaced|succeeded|superseded|took over|take over|successors?|predecessors?|(?:stepped|step|stepping) into [^?]{0,40}?shoes|fill(?:ed|s)? [^?]{0,40}?shoes)\b/i.exec(q);
  if (replaced) return /over$|shoes$/i.test(replaced[1]) ? 'replaced' : /cessors?$/i.test(replaced[1]) ? 'succeeded' : replaced[1].toLowerCase();
  // "Which side won the Battle of Buena Vista?": an outcome, which a passage telling of the battle need not give.
  const outcome = /^(?:(?:what|which) (?:[\w.'’-]+ ){1,2}?|who )(won|lost|defeated|captured|killed|sank|destroyed)\b/i.exec(q);
  if (outcome) return outcome[1].toLowerCase();
  // "Did Pershing's expedition ever capture Villa?", "Did any officials fail the tests?": yes or no needs the outcome said.
  const yesNo = /^(?:did|does|do|has|have|had)\b[^?]*?\b(capture|win|lose|defeat|kill|sink|destroy|fail)\b/i.exec(q);
  return yesNo ? BASE_OUTCOME[yesNo[1].toLowerCase()] : null;
}

/** Words saying one thing took another's place: any one of them answers "what replaced …". */
const REPLACEMENT = /^(?:replac\w*|succe(?:eded|eds|ssor|ssors)|supersed\w*|renamed|follow-on|successor|assumed)$/;

const BASE_OUTCOME: Record<string, string> = { capture: 'captured', win: 'won', lose: 'lost', defeat: 'defeated', kill: 'killed', sink: 'sank', destroy: 'destroyed', fail: 'failed' };

/** Words saying each outcome; close words in GloVe will not do here ("lost" is close to "won"). */
const OUTCOMES: Record<string, RegExp> = {
  failed: /^(?:fail\w*|failure)$/,
  won: /^(?:won|win|wins|winning|victor\w*|triumph\w*)$/,
  lost: /^(?:lost|lose|loses|losing|defeat\w*)$/,
  defeated: /^(?:defeat\w*|beat|routed)$/,
  captured: /^(?:captur\w*|seiz\w*|arrest\w*)$/,
  sank: /^(?:sank|sunk|sink\w*|torpedo\w*)$/,
  destroyed: /^(?:destroy\w*|destruction)$/,
};

/** Whether the sentence says the event: the word or another form of it, a close word, or for a replacement or an outcome any word of one. */
export function mentionsEvent(words: Set<string>, terms: Set<string>, verb: string, sim?: WordSimilarity): boolean {
  if (/^(?:replaced|succeeded|superseded)$/.test(verb)) for (const w of words) if (REPLACEMENT.test(w)) return true;
  const outcome = OUTCOMES[verb];
  if (outcome) return [...words].some((w) => outcome.test(w));
  return mentionsWord(words, terms, verb, sim);
}

/** Close enough in GloVe to stand for the word ("killed" / "died", "end" / "ended", "prison" / "jail"). */
const EVENT_SIMILARITY = 0.6;

/** Words naming a beginning: any one states the start of something ("created" for "established"). "Found" alone is "find". */
const BEGIN = /^(?:founded|founding|establish(?:ed|es|ing|ment)?|creat(?:e|ed|es|ing|ion)|form(?:ed|ing|ation)?|start(?:ed|s|ing)?|beg(?:in|an|un|ins|inning)|launch(?:ed|es|ing)?|initiat(?:e|ed|es|ing)|inaugurat(?:e|ed|ion))$/;

/** Words naming the taking of an office or a command: "assumed command" says when he took it. */
const TAKE_OFFICE = /^(?:tak(?:e|es|ing)|took|assum(?:e|ed|es|ing)|became|becom(?:e|es|ing))$/;

/** Whether the sentence uses the word (an event, a facility), another form of it or a close word. */
export function mentionsWord(words: Set<string>, terms: Set<string>, verb: string, sim?: WordSimilarity): boolean {
  if (terms.has(stem(verb))) return true;
  if (BEGIN.test(verb)) for (const w of words) if (BEGIN.test(w)) return true;
  if (TAKE_OFFICE.test(verb)) for (const w of words) if (TAKE_OFFICE.test(w)) return true;
  // A death is said in words of dying: GloVe puts "ambush" beside "killed", but an ambush need not kill.
  if (DEATH.test(verb)) return [...words].some((w) => DEATH.test(w));
  // "What did Cohen and Pastrana promise?": "a pledge to increase Pentagon training" says it.
  const family = COMMITMENTS.find((f) => f.test(verb));
  if (family) for (const w of words) if (family.test(w)) return true;
  for (const w of words) if ((sim?.(verb, w) ?? 0) >= EVENT_SIMILARITY) return true;
  return false;
}

/** Words of committing to something, of agreeing and of deciding: any word of a family says what another does. */
const COMMITMENTS = [
  /^(?:promis(?:e|ed|es|ing)|pledg(?:e|ed|es|ing)|vow(?:ed|s)?|commit(?:s|ted|ment|ments)?|undert(?:ook|ake|akes|aking))$/,
  /^(?:agree(?:d|s|ment|ments)?|accords?|consent(?:ed|s)?)$/,
  /^(?:decid(?:e|ed|es|ing)|decisions?|resolv(?:e|ed|es)|resolutions?)$/,
];

/** Words of dying: any one says a death. */
const DEATH = /^(?:kill(?:ed|s|ing)?|died|dies|dying|dead|death|deaths|lost|losses|fatalit(?:y|ies)|casualt(?:y|ies)|perished|slain|executed|murdered)$/;

/** Turns of a life or a career, which date what a question asks about ("when he retired"); other events in a time clause are too often paraphrased to require. */
const CAREER_EVENT = /^(?:retir(?:ed|ing)|resign(?:ed|ing)|died|dying|left|leaving|returned|returning|became|becoming|elected|promoted|appointed)$/;

/**
 * The event of a time clause in a question that asks something else: "What rank did Pablo Lopez
 * hold when he retired?" → retired; "What did General Mora do after retiring?" → retiring.
 */
export function timeClauseEvent(question: string): string | null {
  // "when Rojas Pinilla took power in a coup": a turn of a career too, said in the word "power".
  if (/\b(?:when|after|before|once)\s+(?:(?:he|she|they|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s+)?(?:took|seized|came to|assumed|grabbed)\s+power\b/.test(question)) return 'power';
  const m = /\b(?:when|after|before|while|once|until)\s+(?:(?:he|she|they|it|his|her|their|the\s+\w+|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s+)?(?:had\s+|has\s+|was\s+|were\s+)?([a-z]{3,}(?:ed|ing)|became|left)\b/.exec(question);
  return m && CAREER_EVENT.test(m[1]) ? m[1] : null;
}

/**
 * Whether a sentence tells of the turn as someone else's: the name closest before the verb is not
 * one the question uses ("When General Wilhelm retired …" for "What did General Mora do after retiring?").
 */
export function turnOfAnother(text: string, verb: string, questionWords: Set<string>): boolean {
  const root = stem(verb);
  const at = [...text.matchAll(/[A-Za-z]+/g)].find((m) => stem(m[0].toLowerCase()) === root);
  if (!at) return false;
  const before = [...text.slice(0, at.index).matchAll(/(?<!^)\b[A-Z][a-z]{2,}\b/g)].at(-1);
  return !!before && !questionWords.has(before[0].toLowerCase());
}
