/**
 * A question may say where in the thesis to look ("According to the concluding chapter, ...",
 * "Per the summary at the front of the thesis, ..."). Those words say where, not what: they are
 * not something an answer must cover, and the part they name is where the answer should come from.
 */
export interface PartReference {
  /** The words naming the part, as written in the question. */
  span: string;
  /** The abstract (a record kind rather than a section), alone or with the sections below. */
  abstract: boolean;
  /** Section ids of the part; a record in one of them or below it is in the part. */
  sections: string[];
}

const ROMAN: Record<string, string> = { i: 'I', ii: 'II', iii: 'III', iv: 'IV', v: 'V', '1': 'I', '2': 'II', '3': 'III', '4': 'IV', '5': 'V', one: 'I', two: 'II', three: 'III', four: 'IV' };

/** Parts named by title; chapter numbers are read separately. Checked in order. */
const PARTS: [RegExp, Omit<PartReference, 'span'>][] = [
  [/\b(?:abstract|summary at the (?:front|start|beginning)(?: of the thesis)?)\b/i, { abstract: true, sections: [] }],
  [/\b(?:concluding|final|last) chapter\b/i, { abstract: false, sections: ['IV'] }],
  [/\b(?:introduction|introductory chapter|opening chapter|first chapter)\b/i, { abstract: false, sections: ['I'] }],
  [/\b(?:further|future) research\b/i, { abstract: false, sections: ['IV.D'] }],
  [/\b(?:literature|lit\.?) review\b/i, { abstract: false, sections: ['I.A'] }],
  [/\bconclusions?\b/i, { abstract: false, sections: ['IV', 'II.G', 'III.G'] }],
];

/** "Chapter IV", "chapter 3", "chapter four", as a pattern's source. */
export const CHAPTER_NAME = 'chapter (?:iv|iii|ii|i|v|[1-5]|one|two|three|four)';
const CHAPTER = new RegExp(`\\b${CHAPTER_NAME.replace('(?:', '(')}\\b`, 'i');

/** The chapter a question names ("chapter 3" → "III"), wherever it names it; null for none. */
export function chapterNamed(question: string): string | null {
  const m = CHAPTER.exec(question);
  return m ? ROMAN[m[1].toLowerCase()] : null;
}

/** Only a reference in a framing phrase counts ("according to the …", "in its …", "per the …"), not "what does the conclusion of the war …". */
const FRAME = /\b(?:according to|in|per|from|within|as stated in|as described in|summari[sz]e|summary of)\s+(?:the |its |this |the thesis['’]s? )?$/i;

/** "… does the abstract say …", "… the conclusion argues …". */
const SAYS = /^\s+(?:of the thesis\s+)?(?:(?:does|do|did) (?:the thesis|this thesis|the author|it)\s+)?(?:say|says|said|state|states|argue|argues|claim|claims|note|notes|suggest|suggests|propose|proposes|report|reports|recommend|recommends|use|uses|give|gives|mention|mentions|discuss|discusses|describe|describes|cite|cites|offer|offers)\b/i;

/** "What is the main argument of the thesis?", "What is this thesis about?", "Summarize the thesis('s argument)": what the abstract states. */
const MAIN_ARGUMENT =
  /\b(?:main|central|overall|key) (?:argument|finding|point|claim|conclusion|thesis)s? of (?:the|this) (?:thesis|study)\b|\bthesis statement\b|\bwhat is (?:the|this) thesis about\b|\bsummar(?:i[sz]e|y of) (?:the|this) (?:thesis|study)\b|\b(?:the |this )?(?:thesis|study)['’]s? (?:main |central |overall )?argument\b/i;

/** "What did the author conclude?", "What are the thesis's main findings?": what the abstract states too. */
const FINDINGS = /^\s*what (?:did|does|do) (?:the |this )?(?:author|thesis|study|writer|researcher)\s+(?:conclude|find)\s*\??\s*$|^\s*what (?:are|were) the (?:main |key |overall )?(?:findings|conclusions)\s*\??\s*$|\b(?:the |its |this )?(?:thesis['’]s? |study['’]s? |author['’]s? )(?:main |key |overall )?(?:findings|conclusions)\s*\??\s*$/i;

/** What may follow "further research" when it names the thesis's section on it: nothing, or a verb or preposition. */
const RESEARCH_ENDS = /^(?:\s*[?.!]?\s*$|\s+(?:could|should|would|might|can|does|do|did|is|are|was|were|will|has|have|on|into|about|for|in|that|to|areas?|ideas?|topics?|directions?)\b)/i;

/**
 * "What case studies could future research use?", "What future research would help?", "What does the thesis
 * recommend for future research?": the section on it, unless the words begin a longer noun ("further research funding").
 */
function namesResearchSection(question: string, m: RegExpExecArray): boolean {
  return /\b(?:could|should|might|would|can)\s+$/i.test(question.slice(0, m.index)) || RESEARCH_ENDS.test(question.slice(m.index + m[0].length));
}

/** "If someone wanted to build on this study …", "if someone continued this research": what the section on further research proposes. */
const CONTINUES_STUDY =
  /\b(?:build(?:s|ing)? on|extend(?:s|ed|ing)?|continu(?:e|es|ed|ing)|follow(?:s|ed|ing)? up on|pick(?:s|ed|ing)? up) (?:this|his|the author['’]s|the thesis['’]s?) (?:study|research|thesis|project)\b|\b(?:future|further|follow-up) (?:studies|study|work|researchers?|scholars?)\b/i;

/**
 * "What does the author think US commanders need to do if they want Mexico to cooperate more?",
 * "What does the author recommend the US keep doing with Colombia?": the thesis recommends in its
 * abstract and in the sections on continuing and adjusting cooperation. The group is the framing.
 */
const RECOMMENDATION =
  /\b(?:author|thesis|writer|study)\b[^?]{0,60}?\b(recommend(?:s|ed|ing|ations?)?|(?:need|needs|has|have|must|should|ought) to do(?: differently)?)\b|\b(per the recommendations?)\b/i;
const RECOMMENDING: Omit<PartReference, 'span'> = { abstract: true, sections: ['IV.B', 'IV.C'] };

/** Whether the words at `index` name where to look: framed ("according to the …", "in its …") or followed by what the part says. */
export function framesPart(question: string, index: number, length: number): boolean {
  return FRAME.test(question.slice(0, index)) || SAYS.test(question.slice(index + length));
}

export function partReference(question: string): PartReference | null {
  const framed = (m: RegExpExecArray) => framesPart(question, m.index, m[0].length);
  const main = MAIN_ARGUMENT.exec(question) ?? FINDINGS.exec(question);
  if (main) return { span: main[0], abstract: true, sections: [] };
  const chapter = CHAPTER.exec(question);
  if (chapter && framed(chapter)) return { span: chapter[0], abstract: false, sections: [ROMAN[chapter[1].toLowerCase()]] };
  const continues = CONTINUES_STUDY.exec(question);
  if (continues) return { span: continues[0], abstract: false, sections: ['IV.D'] };
  for (const [re, part] of PARTS) {
    const m = re.exec(question);
    if (m && (framed(m) || (part.sections[0] === 'IV.D' && namesResearchSection(question, m)))) return { span: m[0], ...part };
  }
  const recommends = RECOMMENDATION.exec(question);
  if (recommends) return { span: recommends[1] ?? recommends[2], ...RECOMMENDING };
  return null;
}

/** The part a query analysis names: the one found with the corpus's section titles when searched, else from the fixed list. */
export function partOf(analysis: { text: string; part?: PartReference | null }): PartReference | null {
  return analysis.part !== undefined ? analysis.part : partReference(analysis.text);
}

/** Whether a record (by kind and section id) lies in the referenced part. */
export function inPart(ref: PartReference, kind: string, section: string | null): boolean {
  if (ref.abstract && kind === 'abstract') return true;
  return !!section && ref.sections.some((s) => section === s || section.startsWith(`${s}.`));
}
