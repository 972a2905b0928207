import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion, prepareAnswer } from '@/lib/answer/answer-question';
import { documentQuestion, factLine, furtherFacts } from '@/lib/answer/extractive/document-question';
import { askedFootnote, footnoteLine } from '@/lib/answer/extractive/footnote-question';
import { askedSummary, openingRecord } from '@/lib/answer/extractive/part-summary';
import { asksRecommendation, asksRecommendedFigure, recommendationRank } from '@/lib/answer/extractive/recommendation';
import { sentenceCandidates } from '@/lib/answer/extractive/candidates';
import { loadStore, type Store } from '@/lib/index/load-store';
import type { CorpusRecord } from '@/lib/types';
import { testDataDir } from '../helpers/test-index';
import { STARTERS } from '@/app/chat/suggestions';
import { asksCitationAudit } from '@/lib/answer/extractive/audit-question';
import { asksTableList } from '@/lib/answer/extractive/table-list';

describe('documentQuestion', () => {
  it('reads questions about the thesis as a document', () => {
    expect(documentQuestion('Who wrote this thesis?')).toBe('author');
    expect(documentQuestion('Who is the author of the thesis?')).toBe('author');
    expect(documentQuestion('When was the thesis submitted?')).toBe('date');
    expect(documentQuestion('What degree was this thesis for?')).toBe('degree');
    expect(documentQuestion('What is the title of the thesis?')).toBe('title');
    expect(documentQuestion('What is the title?')).toBe('title');
    expect(documentQuestion('When was it published?')).toBe('date');
    expect(documentQuestion('What school is this thesis from?')).toBe('degree');
    expect(documentQuestion('When was it signed?')).toBeNull();
    expect(furtherFacts('Who wrote the thesis, and when?')).toEqual(['date']);
    expect(furtherFacts('Who wrote this thesis?')).toEqual([]);
    // The author line gives the earlier degree too.
    expect(documentQuestion('When did the author get his undergraduate degree?')).toBe('author');
    expect(documentQuestion('At which university did he earn his B.A.?')).toBe('author');
    expect(documentQuestion('What did the author major in for his B.A.?')).toBeNull();
  });

  it('leaves questions about the thesis content alone', () => {
    expect(documentQuestion('What does this thesis argue about realism?')).toBeNull();
    expect(documentQuestion('Who wrote the Good Neighbor Policy speech?')).toBeNull();
    expect(documentQuestion('When was the Merida Initiative signed?')).toBeNull();
    expect(documentQuestion('Who was the author of the study cited in footnote 5?')).toBeNull();
  });

  it('finds the title-page line stating the fact', () => {
    const record = { id: 't', kind: 'passage', text: 'A TITLE OF FOUR WORDS\nJane Q. Doe Lieutenant, United States Navy\nSubmitted for the degree of MASTER OF ARTS from the SCHOOL June 2017' } as CorpusRecord;
    const lines = sentenceCandidates([{ n: 1, record, score: 1 }]);
    const meta = { title: 'A TITLE OF FOUR WORDS', author: 'Jane Q. Doe', date: 'June 2017', degree: 'MASTER OF ARTS' };
    expect(factLine(lines, meta, 'author')?.text).toMatch(/^Jane Q\. Doe/);
    expect(factLine(lines, meta, 'date')?.text).toMatch(/June 2017/);
    expect(factLine(lines, { ...meta, author: '' }, 'author')).toBeNull();
  });
});

describe('asksCitationAudit', () => {
  it("reads questions about the thesis's citations as a whole", () => {
    expect(asksCitationAudit("Where are the thesis's citations weak?")).toBe(true);
    expect(asksCitationAudit('Are there problems with the footnotes?')).toBe(true);
    expect(asksCitationAudit('Which citations are inconsistent with the bibliography?')).toBe(true);
    expect(asksCitationAudit('Are the citations reliable?')).toBe(true);
    expect(asksCitationAudit('Show me the citation audit')).toBe(true);
    expect(asksCitationAudit('Does the thesis contradict itself?')).toBe(true);
    expect(asksCitationAudit('Which figures does the thesis state inconsistently?')).toBe(true);
    expect(asksCitationAudit('Is the Mérida Initiative figure consistent?')).toBe(true);
  });

  it('leaves questions about particular sources and claims alone', () => {
    expect(asksCitationAudit('Which claims cite Turbiville?')).toBe(false);
    expect(asksCitationAudit('What sources does the thesis cite about Plan Colombia?')).toBe(false);
    expect(asksCitationAudit('Is the 80% figure sourced?')).toBe(false);
    expect(asksCitationAudit('Why was cooperation with Mexico weak?')).toBe(false);
    expect(asksCitationAudit('What problems did the Mexican military have?')).toBe(false);
    expect(asksCitationAudit('Why was cooperation with Mexico inconsistent?')).toBe(false);
  });
});

describe('askedFootnote', () => {
  it('reads the footnote a question names', () => {
    expect(askedFootnote('What does footnote 35 say?')).toBe(35);
    expect(askedFootnote('Which source is in note 112?')).toBe(112);
    expect(askedFootnote('What does footnote no. 7 cite?')).toBe(7);
    expect(askedFootnote('Which sources does the thesis cite on Plan Colombia?')).toBeNull();
  });

  it('finds the sentence carrying the marker, not one carrying a longer number', () => {
    const record = { id: 'p', kind: 'passage', text: 'Mexico lost half its land.³⁵ Mexico lost even more land.¹³⁵ Then it lost more again.' } as CorpusRecord;
    const lines = sentenceCandidates([{ n: 1, record, score: 1 }]);
    expect(footnoteLine(lines, 35)?.text).toBe('Mexico lost half its land.');
    expect(footnoteLine(lines, 135)?.text).toBe('Mexico lost even more land.');
    expect(footnoteLine(lines, 5)).toBeNull();
  });
});

describe('askedSummary', () => {
  it('reads a question that names a part of the thesis and nothing else to look for', () => {
    expect(askedSummary('What does the abstract say?')?.abstract).toBe(true);
    expect(askedSummary('Summarize Chapter IV')?.sections).toEqual(['IV']);
    expect(askedSummary('What does the concluding chapter argue?')?.sections).toEqual(['IV']);
    expect(askedSummary('What does the abstract say about realism?')).toBeNull();
    expect(askedSummary('According to Chapter IV, why did sovereignty disputes not arise?')).toBeNull();
  });

  it('opens the part with its first record', () => {
    const rec = (id: string, kind: string, section: string | null) => ({ id, kind, section, text: id }) as CorpusRecord;
    const records = [rec('abs', 'abstract', null), rec('fn', 'footnote', 'IV'), rec('iv1', 'passage', 'IV'), rec('iv2', 'passage', 'IV.A')];
    expect(openingRecord(askedSummary('Summarize Chapter IV')!, records)?.id).toBe('iv1');
    expect(openingRecord(askedSummary('What does the abstract say?')!, records)?.id).toBe('abs');
    // "The conclusion" is the concluding chapter first, then the chapters' own conclusions.
    const conclusions = [rec('ii-g', 'passage', 'II.G'), rec('iv-1', 'passage', 'IV')];
    expect(openingRecord(askedSummary('Summarize the conclusion')!, conclusions)?.id).toBe('iv-1');
  });
});

describe('recommendations', () => {
  it('reads questions asking what the thesis recommends', () => {
    expect(asksRecommendation('What does the author recommend?')).toBe(true);
    expect(asksRecommendation('What should the United States do about Mexico?')).toBe(true);
    expect(asksRecommendation('What policy changes does the thesis suggest?')).toBe(true);
    expect(asksRecommendation('What should a student read first?')).toBe(false);
    expect(asksRecommendation('What did the United States do in 1914?')).toBe(false);
    // What someone "has to do", "needs to do differently": advice, however asked.
    expect(asksRecommendation('what does the author think the US military has to do if it wants more cooperation from Mexico?')).toBe(true);
    expect(asksRecommendation('What do US commanders need to do differently?')).toBe(true);
    expect(asksRecommendation('What did Mexico have to do with the Axis?')).toBe(false);
    // Further research is its own section, not the policy advice.
    expect(asksRecommendation('What does the thesis recommend for future research?')).toBe(false);
  });

  it('ranks the last chapter\'s recommending sentences, about the asked country first', () => {
    const q = 'What should the United States do about Mexico?';
    const mexico = recommendationRank(q, 'The U.S. military will need to work with the Mexican military on its terms.', 'IV.C');
    const colombia = recommendationRank(q, 'More Colombian military personnel should train at U.S. service schools.', 'IV.B');
    expect(mexico).toBeGreaterThan(colombia);
    expect(recommendationRank(q, 'Mexico should cooperate.', 'II.B')).toBe(-1);
    expect(recommendationRank(q, 'Why should Mexico cooperate?', 'IV.C')).toBe(-1);
  });

  it('reads a how-much question about the recommendations as asking for a recommended figure', () => {
    expect(asksRecommendedFigure('How much more funding does the thesis recommend for Plan Colombia?')).toBe(true);
    expect(asksRecommendedFigure('What does the thesis recommend for Colombia?')).toBe(false);
  });
});

/** Questions a student or staff member asks in their own words (not from the eval sets), answered offline. */
describe('natural questions on the real thesis', () => {
  let store: Store;
  beforeAll(async () => {
    store = await loadStore(await testDataDir());
  });
  const ask = (q: string) => answerQuestion(store, q, { llm: null });

  it('answers questions about the document from its title page', async () => {
    expect((await ask('Who wrote this thesis?')).answer).toMatch(/Brian S\. Curry/);
    expect((await ask('When was the thesis submitted?')).answer).toMatch(/June 2017/);
    // "published" is about this document, not a work it cites.
    expect((await ask('When was the thesis published?')).answer).toMatch(/June 2017/);
    // The author line gives the rank and service too.
    expect((await ask('What rank is the author?')).answer).toMatch(/Brian S\. Curry Lieutenant, United States Navy/);
    expect((await ask('Who was the second reader?')).answer).toMatch(/Bruneau/);
  });

  it('reads "ever" in a yes/no question as answered by "never"', async () => {
    expect((await ask('Did the US military ever fight inside Colombia?')).answer).toMatch(/^The U\.S\. military and Colombian military have never engaged one another/);
  });

  it('answers plain yes/no and choice questions whose verb the thesis words differently', async () => {
    const korea = await ask('Did Colombia send troops to Korea?');
    expect(korea.abstained).toBe(false);
    expect(korea.answer).toMatch(/Korea/);
    // A yes or no about a named place is not answered by a passage that never names it (Mexico's squadron fought Japan, not in Korea).
    expect((await ask('Did Mexico send troops to Korea?')).abstained).toBe(true);
    // Naming Colombia too does not make a passage about Colombia's troops say anything of Mexico's.
    expect((await ask('Did Mexico also send troops to the Korean War like Colombia did?')).abstained).toBe(true);
    // Typed in lower case too: a sentence about Colombia does not answer "did mexico …".
    expect((await ask('did mexico set up some kind of memorial to the times the US invaded it?')).answer).not.toMatch(/never invaded Colombia/);
    const choice = await ask('Which country cooperated more with the U.S. military, Colombia or Mexico?');
    expect(choice.abstained).toBe(false);
    expect(choice.answer).toMatch(/Colombia/);
  });

  it('dates an event worded with another verb of beginning, from the sentence naming the acronym', async () => {
    expect((await ask('When was NORTHCOM created?')).answer).toMatch(/In 2002/);
    expect((await ask('When was NORTHCOM established?')).answer).toMatch(/In 2002/);
  });

  it('answers a request for an overview as the what-is question it is, never from the acknowledgments', async () => {
    const plan = await ask('Tell me about Plan Colombia');
    expect(plan.answer).toMatch(/called Plan Colombia/);
    expect(plan.citations.some((c) => c.id.includes('acknowledgments'))).toBe(false);
    expect((await ask('Give me a summary of the thesis')).answer).toMatch(/^The U\.S\. military cooperates more with the Colombian military/);
    expect((await ask('Whom does the author thank?')).answer).toMatch(/I thank my wife/);
  });

  it('answers "What is the research question?" with the questions the introduction asks', async () => {
    const r = await ask('What is the research question?');
    expect(r.answer).toMatch(/What explains the variation in both timing and substance/);
    expect(r.abstained).toBe(false);
  });

  it("answers how the thesis is organized with each chapter's sentence saying what it does", async () => {
    const r = await ask('How is the thesis organized?');
    const sections = r.citations.map((c) => c.section?.split('.')[0]);
    expect(sections).toEqual(['I', 'II', 'III', 'IV']);
    expect(r.answer).toMatch(/This chapter analyzes major events/);
  });

  it("answers what the thesis recommends from its last chapter's recommending sentences", async () => {
    const r = await ask('What should the United States do about Mexico?');
    expect(r.answer).toMatch(/will need to work with the Mexican military on its terms/);
    expect(r.citations.every((c) => c.section?.startsWith('IV'))).toBe(true);
    expect((await ask('What does the author recommend?')).answer).toMatch(/should continue to fund Plan Colombia/);
  });

  it('summarizes a part named with nothing else to look for by how it opens', async () => {
    const r = await ask('What does the abstract say?');
    expect(r.answer).toMatch(/^The U\.S\. military cooperates more with the Colombian military than the Mexican military/);
    expect(r.citations[0].id).toBe('thesis:abstract');
  });

  it('relays the footnote a question names, with the sentence it is on', async () => {
    const r = await ask('What does footnote 36 cite?');
    expect(r.answer).toMatch(/The thesis's footnote 36 cites .*Turbiville/);
    expect(r.citations[0].footnotes.map((f) => f.n)).toContain(36);
    // A footnote named in the question wins over the thesis's own title page.
    expect((await ask('Who was the author of the study cited in footnote 5?')).answer).toMatch(/footnote 5 cites Bradley Coleman, Colombia and the United States: The Making of an Inter-American Alliance, 1939–1960/);
  });

  it("shows the tables' rating of a period beside the prose, where the two disagree", async () => {
    const r = await ask('Did the U.S. and Colombian militaries cooperate before World War II?');
    expect(r.answer).toMatch(/did not happen/);
    expect(r.answer).toMatch(/Prior to WWII: Cooperation: Med/);
  });

  it('keeps sentences about the other case study out of an answer about one', async () => {
    const r = await ask('What did the United States give Mexico in World War II?');
    expect(r.answer).not.toMatch(/Colombia/);
  });

  it('introduces a person asked about by name with the sentence that says who they are', async () => {
    expect((await ask('Who is General Wilhelm?')).answer).toMatch(/^In 1997, General Charles E\. Wilhelm assumed command of USSOUTHCOM/);
    expect((await ask('Who is Bradley Coleman?')).answer).toMatch(/^Bradley Coleman, an historian/);
    // Not a neighbour naming someone else first.
    expect((await ask('Who was Pablo Lopez?')).answer).toMatch(/^Colombia assigned Colombian Army General Pablo Lopez to be the liaison/);
  });

  it('reads "US" as the country and an alias alone as what it stands for', async () => {
    const why = await ask('Why does the US military cooperate more with Colombia than Mexico?');
    expect(why.answer).toMatch(/The U\.S\. military cooperates more with the Colombian military than the Mexican military/);
    expect(why.answer).not.toMatch(/McCaffrey/);
    const whinsec = await ask('What is WHINSEC?');
    expect(whinsec.abstained).toBe(false);
    expect(whinsec.answer).toMatch(/renamed the Western Hemisphere Institute for Security Cooperation/);
  });

  it('gives the reasons on both sides of a sentence stating the event a why-question asks about', async () => {
    const r = await ask('Why did Colombia provide a battalion in 1951?');
    expect(r.answer).toMatch(/stopping communism/);
  });

  it('shows where the thesis says otherwise in a yes-or-no answer', async () => {
    const merida = await ask('Does the Merida Initiative put U.S. military advisors in Mexico?');
    expect(merida.answer).toMatch(/military advisors/);
    expect(merida.answer).toMatch(/does not specify U\.S\. military personnel shall reside in Mexico/);
    expect((await ask('Does Mexico allow U.S. troops on its soil?')).answer).toMatch(/unless congress approves/);
  });

  it('answers "during World War II" from a sentence about that time, not about just before it', async () => {
    const r = await ask('Why did the U.S. military cooperate with Colombia during World War II?');
    expect(r.answer).not.toMatch(/^Cooperation between the U\.S\. and Colombian militaries from the 1800s to just before World War II/);
    expect(r.answer).toMatch(/defend the Panama Canal during World War II/);
  });

  it('adds the neighbour giving the word of the question the best sentence leaves open', async () => {
    const r = await ask('What training did U.S. forces give the Rapid Response Force?');
    expect(r.answer).toMatch(/U\.S\. forces trained their Mexican military counterparts to work in small tactical groups/);
  });

  it('reads a secretariat as the agency a question asks for', async () => {
    const r = await ask('Which Mexican agency placed a representative at NORTHCOM?');
    expect(r.abstained).toBe(false);
    expect(r.answer).toMatch(/^The Mexican Secretariat of National Defense \(SEDENA\) placed its own representative at NORTHCOM/);
  });

  it('gives the reason in the sentence before the event when it names a cause', async () => {
    const r = await ask('Why did Mexico turn to the United States for assistance in 1986?');
    expect(r.answer).toMatch(/were causing security issues within its borders/);
  });

  it('answers "which theory" with sentences naming a theory, each theory the thesis gives', async () => {
    // Also q089 in eval/questions.jsonl, which the definition sentence listing all three theories used to pass.
    const r = await ask('Which IR theory does the thesis say best explains U.S.-Colombian military cooperation?');
    expect(r.answer).toMatch(/realism best explains/i);
    expect(r.answer).toMatch(/liberal theory describes the main reason/);
    expect(r.answer).not.toMatch(/Interviewing/);
    expect((await ask('What are the three theories the thesis uses?')).answer).toMatch(/liberalism, constructivism, and realism/);
  });

  it('answers who wrote a work the thesis cites from its footnote, though the title names nothing the body discusses', async () => {
    const r = await ask('Who wrote The Colombian Battalion in Korea and Suez?');
    expect(r.abstained).toBe(false);
    expect(r.answer).toMatch(/Russell W\. Ramsey/);
  });

  it("lists the claims whose footnotes cite an author, in thesis order, with the first footnote's source", async () => {
    const r = await ask('Which claims cite Turbiville?');
    expect(r.answer).toMatch(/^Mexico lost over half of its land/);
    expect(r.answer).toMatch(/footnote 36 cites Graham H\. Turbiville Jr\./);
    for (const c of r.citations) expect(c.footnotes.some((f) => /Turbiville/.test(f.source?.text ?? f.text))).toBe(true);
    expect((await ask('Which claims in Chapter III cite Turbiville?')).abstained).toBe(true);
    expect((await ask('How many footnotes cite Ramsey?')).answer).toMatch(/footnote 109 cites Russell W\. Ramsey/);
    // Asked how many, the answer gives the count, supported by the first citing claim's evidence.
    const cook = await ask('How many footnotes cite Cook?');
    expect(cook.answer).toMatch(/is cited in 13 of the thesis's 187 footnotes, first in footnote 146\.\[1\]/);
    expect(cook.verification.citationRecall).toBe(1);
    expect(r.answer).not.toMatch(/is cited in \d+ of the thesis's/);
  });

  it('answers what happened in a range of years from a year inside it', async () => {
    const r = await ask('What happened between 1994 and 1997 with Mexico?');
    expect(r.abstained).toBe(false);
    expect(r.answer).toMatch(/In 199[4-7]/);
  });

  it('names each counterpart the thesis gives, and prefers the sentence naming one to a nearly as good one naming none', async () => {
    const both = await ask("Who was Gordon Sullivan's Mexican counterpart?");
    expect(both.answer).toMatch(/General Antonio Riviello/);
    expect(both.answer).toMatch(/General Enrique Cervantes/);
    const which = await ask("Which Mexican general was General Sullivan's counterpart?");
    expect(which.abstained).toBe(false);
    expect(which.answer).toMatch(/Riviello|Cervantes/);
  });

  it('answers follow-ups with no words of their own from the conversation, as the chat suggests them', async () => {
    const follow = (q: string, context: string) => answerQuestion(store, q, { llm: null, context });
    const sources = await follow('Which sources does the thesis cite for this?', 'What is the Mérida Initiative?');
    expect(sources.abstained).toBe(false);
    expect(sources.answer).toMatch(/Mérida/);
    const more = await follow('What else does the thesis say about him?', 'Who was General Wilhelm?');
    expect(more.abstained).toBe(false);
    expect(more.answer).toMatch(/Wilhelm/);
    // The conversation's words do not make a question in words the thesis never uses on-topic.
    expect((await follow('How tall was he?', 'Who was General Wilhelm?')).abstained).toBe(true);
  });

  it('reads a follow-up pronoun as the person or thing the conversation asked about', async () => {
    const follow = (q: string, context: string) => answerQuestion(store, q, { llm: null, context });
    expect((await follow('Who was his Mexican counterpart?', 'Who was General Sullivan?\nWhat did he propose?')).answer).toMatch(/General Antonio Riviello/);
    const cost = await follow('How much did it cost?', 'What was Plan Colombia?');
    expect(cost.abstained).toBe(false);
    // The thesis gives Plan Colombia's amount three ways ($1.3 billion, almost $8 billion, $10 billion).
    expect(cost.answer).toMatch(/\$(?:1\.3|8|10) billion/);
    // "he" after questions that named nobody: the person the previous answer named.
    const oversaw = await follow('Who oversaw it?', 'What was Plan Colombia?');
    const marine = await prepareAnswer(store, 'Was he a Marine?', { llm: null, context: 'What was Plan Colombia?\nWho oversaw it?', shown: oversaw.answer });
    expect(marine.retrieved.analysis.text).toBe('Was General Wilhelm a Marine?');
  });

  it("answers the chat's comparison follow-up from the sentence comparing the two", async () => {
    const r = await answerQuestion(store, 'How does this compare with U.S. cooperation with Mexico?', { llm: null, context: 'What was Plan Colombia?' });
    expect(r.answer).toMatch(/the Mérida Initiative, just like Plan Colombia/);
  });

  it('answers a first name from the sentence giving it, and abstains where the thesis gives only a title', async () => {
    expect((await ask("What was General Wilhelm's first name?")).answer).toMatch(/General Charles E\. Wilhelm/);
    expect((await ask('What is the first name of General Mora, the Colombian Army commander who met General Wilhelm in 1999?')).abstained).toBe(true);
  });

  it('asks a measure in its units: "how tall", "how old", "how far"', async () => {
    expect((await ask('How tall was General Wilhelm?')).abstained).toBe(true);
    expect((await ask('How old was General Wilhelm?')).abstained).toBe(true);
    expect((await ask("How far does NORTHCOM's area of responsibility extend?")).answer).toMatch(/500 nautical miles/);
  });

  it("answers where the thesis's citations are weak from the citation audit, each finding cited and supported", async () => {
    for (const q of ["Where are the thesis's citations weak?", 'Are there any problems with the footnotes?', "Are the thesis's citations reliable?"]) {
      const r = await ask(q);
      expect(r.abstained, q).toBe(false);
      expect(r.answer).toMatch(/Footnote 35 cites the title “The Slippery Slope: U\.S\. Military Moves into Mexico”, which the bibliography entry does not give/);
      // A figure stated with different values cites every passage stating one.
      expect(r.answer).toMatch(/Mérida Initiative: amounts differ \(\$48 million vs \$420 million vs \$2\.6 billion vs \$2\.8 billion\)\.\[\d\]\[\d\]\[\d\]/);
      expect(r.verification.citationRecall).toBe(1);
    }
  });

  it('answers which claims have no footnote from the audit, in the chapter named, each note supported by its passage', async () => {
    const r = await ask('Which claims in chapter III have no footnote?');
    expect(r.abstained).toBe(false);
    expect(r.answer).toMatch(/In 1933, President Franklin Delano Roosevelt gave a passionate speech[^[]*\[\d\] No footnote in this paragraph for 1933\.\[\d\]/);
    expect(r.citations.every((c) => c.section?.startsWith('III'))).toBe(true);
    expect(r.verification.citationRecall).toBe(1);
    const any = await ask('Which statements are unsourced?');
    expect(any.answer).toMatch(/No footnote in this paragraph for/);
    expect(any.answer).not.toMatch(/Footnote 35 cites the title/);
  });

  it('answers whether the thesis contradicts itself with the figures it states more than one way, those named first', async () => {
    const any = await ask('Does the thesis contradict itself?');
    expect(any.answer).toMatch(/^[^]*amounts differ/);
    expect(any.answer.indexOf('amounts differ')).toBeLessThan(any.answer.indexOf('Footnote 35 cites the title'));
    const merida = await ask('Is the Mérida Initiative figure consistent?');
    expect(merida.answer).toMatch(/Mérida Initiative: amounts differ/);
    expect(merida.answer).not.toMatch(/Plan Colombia: amounts differ|Footnote 35/);
  });

  it('lists the claims whose footnote is an Ibid., each with the source it stands for', async () => {
    const r = await ask('Which footnotes use Ibid.?');
    expect(r.answer).toMatch(/Footnote 15 is “Ibid\., 51\.”: it cites Charles Glaser, “Realists as Optimists: Cooperation as Self-Help,” International Security \(1995\), as the note before it does\./);
    expect(r.verification.citationRecall).toBe(1);
    // In a part named, and not read as an author called "Ibid".
    const three = await ask('Which claims in Chapter III rely on Ibid.?');
    expect(three.abstained).toBe(false);
    expect(three.citations.every((c) => c.section?.startsWith('III'))).toBe(true);
  });

  it('names the sources the most footnotes cite, each on the first claim citing it, with a count the footnotes bear out', async () => {
    const r = await ask('Which sources does the thesis cite most?');
    expect(r.answer).toMatch(/Graham H\. Turbiville Jr\., “U\.S\. Military Engagement with Mexico: Uneasy Past and Challenging Future,” Joint Special Operations University Report 10–2 \(2010\) is cited in 31 of the thesis's 187 footnotes, first in footnote 36\.\[1\]/);
    expect(r.answer.indexOf('Turbiville')).toBeLessThan(r.answer.indexOf('Coleman'));
    expect(r.citations[0].footnotes.map((f) => f.n)).toContain(36);
    expect(r.verification.citationRecall).toBe(1);
    expect((await ask('What are the main sources of the thesis?')).answer).toMatch(/is cited in \d+ of the thesis's 187 footnotes/);
  });

  it('answers what replaced or what was agreed only from a sentence saying it', async () => {
    expect((await ask('What replaced the School of the Americas?')).answer).toMatch(/was renamed the Western Hemisphere Institute/);
    expect((await ask('What replaced Plan Colombia?')).abstained).toBe(true);
    // Yes or no needs the outcome said: the thesis tells of the chase, not of a capture.
    expect((await ask('Did Pershing ever capture Pancho Villa?')).abstained).toBe(true);
    expect((await ask('Did the U.S. help capture Pablo Escobar?')).answer).toMatch(/capture of Pablo Escobar/);
  });

  it('joins a next sentence that goes on about what the best one told, when the question asks more', async () => {
    // "President Roosevelt sent these U.S. Army planes … during the inauguration …" gives the occasion.
    expect((await ask('what was the occasion when US army flying fortresses landed in bogota in 1938?')).answer).toMatch(/inauguration/);
  });

  it('answers a question dated by a turn of a career only from a sentence telling of that turn', async () => {
    // The thesis names General Pablo Lopez, but never says he retired.
    expect((await ask('What rank did Pablo Lopez hold when he retired?')).abstained).toBe(true);
    expect((await ask("What was Secretary Perry's position before he became Secretary of Defense?")).abstained).toBe(true);
    expect((await ask('What did General Mora call General Wilhelm when he retired?')).answer).toMatch(/favorite friend/);
    // The thesis tells of General Wilhelm retiring, not General Mora.
    expect((await ask('What did General Mora do after retiring?')).abstained).toBe(true);
    // Asked who it was, the one whose turn it is, is the answer.
    expect((await ask("which american general got called colombia's best buddy in the US when he retired?")).answer).toMatch(/Wilhelm/);
  });

  it('takes a figure from beside the best sentence only when it is of the thing the question names', async () => {
    // "about $750 million in other U.S. military aid" follows the UH-1H sentence but is not their cost.
    expect((await ask('How much did the UH-1H helicopters cost?')).abstained).toBe(true);
    expect((await ask('How many UH-1H helicopters did U.S. officials propose giving the Mexican Air Force?')).answer).toMatch(/73 UH-1H/);
  });

  it('dates taking a command by the sentence saying it was taken', async () => {
    expect((await ask('When did General Wilhelm take command of SOUTHCOM?')).answer).toMatch(/^In 1997, General Charles E\. Wilhelm assumed command/);
    // The thesis dates a statement Admiral Tidd made as commander, not his taking command.
    expect((await ask('When did Admiral Kurt Tidd take command of U.S. Southern Command?')).abstained).toBe(true);
  });

  it('answers who took over from someone only from a sentence naming someone else taking over', async () => {
    // "In 1997, General Charles E. Wilhelm assumed command" tells of his own taking over.
    expect((await ask('Who took over SOUTHCOM from General Charles Wilhelm?')).abstained).toBe(true);
  });

  it('answers what model only with a designation', async () => {
    // The thesis tells of the drones flown in 2011, not their model; it names the school's helicopters.
    expect((await ask('What model of drone did the US fly over Mexico in 2011?')).abstained).toBe(true);
    expect((await ask('What model of helicopter does the Colombian flight school operate?')).answer).toMatch(/Bell OH-58/);
  });

  it('takes the figure from the passage that sets the scene, and no other event\'s figure beside it', async () => {
    const r = await ask('How many Colombian soldiers died in Korea?');
    expect(r.abstained).toBe(false);
    expect(r.answer).toMatch(/lost 131 men/);
    // The FARC ambush of 1998 (another passage, never naming Korea) is another event.
    expect(r.answer).not.toMatch(/62 soldiers were dead/);
  });

  it('quotes the sentence stating the figure a source question names, with that sentence\'s footnote', async () => {
    const r = await ask('What does the thesis cite for the 131 Colombian deaths in Korea?');
    expect(r.answer).toMatch(/^While fighting alongside their U\.S\. military counterparts, the Colombians lost 131 men/);
    expect(r.citations[0].footnotes.map((f) => f.n)).toContain(136);
  });

  it('answers where a figure comes from with the footnote behind it', async () => {
    const r = await ask('Where does the figure of 131 Colombians killed in the Korean War come from?');
    expect(r.answer).toMatch(/lost 131 men/);
    expect(r.citations.flatMap((c) => c.footnotes).some((f) => /Ramsey/.test(f.source?.text ?? f.text))).toBe(true);
  });

  it("answers a question about one case study from that country's table, not the other's", async () => {
    const r = await ask('Did constructivism apply to U.S.-Mexican relations between the war on drugs and 9/11?');
    expect(r.answer).toMatch(/^Table [15]\. [^—]*Mexic/);
  });

  it('lists the thesis\'s tables by title, each citing its table and the footnote saying what it is adapted from', async () => {
    expect(asksTableList('What tables does the thesis include?')).toBe(true);
    expect(asksTableList('How many tables are in the thesis?')).toBe(true);
    expect(asksTableList('What does Table 2 show?')).toBe(false);
    const r = await ask('What tables does the thesis include?');
    expect(r.answer).toMatch(/^Table 1\. Analyzing how each Hypothesis Applies to Relations between the United States and Mexico\.\[1\]/);
    expect(r.answer).toMatch(/Table 6\. Analysis of U\.S\. Military and Colombian Military Cooperation\.\[6\]$/);
    expect(r.citations.map((c) => c.quote.replace(/[¹²³⁰-⁹]+$/, ''))).toEqual(r.answer.split(/\.\[\d\] ?/).filter(Boolean));
    expect(r.citations[0].footnotes.map((f) => f.n)).toEqual([105]);
    expect(r.verification.citationRecall).toBe(1);
    // Asked about one case study: that country's tables.
    const colombia = await ask('Which tables are about Colombia?');
    expect(colombia.answer.match(/Table \d/g)).toEqual(['Table 3', 'Table 4', 'Table 6']);
  });

  it('reads a misspelt word about the document as that word, and leaves other words as typed', async () => {
    expect((await ask('who is the auther')).answer).toMatch(/^Brian S\. Curry/);
    expect((await ask('what did the thesus conclude')).citations[0]?.id).toBe('thesis:abstract');
  });

  it('answers who wrote the thesis and when from both title-page lines', async () => {
    const r = await ask('who wrote the thesis and when');
    expect(r.answer).toMatch(/^Brian S\. Curry/);
    expect(r.answer).toMatch(/June 2017/);
  });

  it('answers who is cited for a figure from the sentence giving it, not a footnote citing a page of that number', async () => {
    const r = await ask('Who is cited for the 80% figure?');
    expect(r.abstained).toBe(false);
    expect(r.answer).toMatch(/^[^[]*80%/);
    expect(r.answer).toMatch(/footnote \d+ cites/);
  });

  it("answers what a table's footnote cites from the table's title, which carries it", async () => {
    const r = await ask('What does footnote 105 cite?');
    expect(r.answer).toMatch(/^Table 1\. Analyzing how each Hypothesis/);
    expect(r.answer).toMatch(/footnote 105 cites Graham H\. Turbiville/);
    // A full note asked about by number is relayed in its own words (the article's title and day), without its URL.
    const wilson = await ask('What does footnote 35 cite?');
    expect(wilson.answer).toMatch(/footnote 35 cites S\. Brian Wilson, “The Slippery Slope: U\.S\. Military Moves into Mexico,” Mexico\/Zapatistas \(blog\), April 8, 1998\./);
    expect(wilson.answer).not.toMatch(/http/);
    expect(wilson.verification.citationRecall).toBe(1);
  });

  it('answers who commanded something only from a sentence saying someone commanded or led it', async () => {
    // General Van Fleet presented the battalion its citation; the thesis does not say who commanded it.
    expect((await ask('Who commanded the Colombian Battalion?')).abstained).toBe(true);
    expect((await ask('Who commanded NORTHCOM from 2010?')).answer).toMatch(/Admiral James Winnefeld assumed command of NORTHCOM/);
    expect((await ask('Who commanded the Punitive Expedition?')).answer).toMatch(/General Pershing/);
    // Asked of a kind of person, and of a named event: Scott leading forces to Mexico City does not say who commanded at Buena Vista.
    expect((await ask('Which U.S. general commanded the American army that fought Santa Anna at the Battle of Buena Vista in 1847?')).abstained).toBe(true);
    expect((await ask('Which general led U.S. forces to Mexico City?')).answer).toMatch(/led by U\.S\. Army General Winfield Scott/);
  });

  it('answers who holds a role with a sentence naming the holder, not one about the role naming nobody', async () => {
    expect((await ask('who is the current commander of SOUTHCOM')).answer).toMatch(/^[^.]*Admiral Kurt W\. Tidd, Commander, United States Southern Command/);
  });

  it('answers a month, a name and a chair only where the thesis gives them', async () => {
    expect((await ask('In which month of 1995 did Secretary Perry visit Mexico?')).abstained).toBe(true);
    expect((await ask('In which month of 2002 did the FARC kidnap Betancourt?')).answer).toMatch(/February 2002/);
    expect((await ask('What was the October 2013 air defense exercise called, the one that was a first for Mexico?')).abstained).toBe(true);
    expect((await ask('Who chaired the Joint Mexican-United States Defense Commission?')).abstained).toBe(true);
    expect((await ask('who won the battle of buena vista in 1847')).abstained).toBe(true);
    // A nationality is said beside the name ("Mexican Secretary of Defense, General Enrique Cervantes") or not at all.
    expect((await ask('What nationality is Ganjar Nugroho, the scholar the thesis quotes on constructivism?')).abstained).toBe(true);
    expect((await ask('What nationality was General Cervantes?')).answer).toMatch(/Mexican Secretary of Defense, General Enrique Cervantes/);
  });

  it('answers which operation with a named one', async () => {
    // The thesis tells of the rescue of Ingrid Betancourt, but names no operation.
    expect((await ask('Which operation rescued hostages from the FARC?')).abstained).toBe(true);
    expect((await ask('Which operation did Admiral Tidd praise?')).answer).toMatch(/Operation MARTILLO/);
  });

  it('answers the nth item of a list only where the thesis counts it', async () => {
    // The thesis says Morgenthau created six principles and summarises them, without counting them off.
    expect((await ask("What is Morgenthau's fourth principle of political realism?")).abstained).toBe(true);
    expect((await ask('What is the third reason the Mexican military limits cooperation with foreign militaries?')).answer).toMatch(/Third, the Mexican military would need senate approval/);
  });

  it('answers which division, base or book only where the thesis names one', async () => {
    // The thesis says "a U.S. division", "Mexico's military bases" and that Morgenthau created six principles.
    expect((await ask('Which U.S. division did the Colombian Battalion fight as part of in Korea?')).abstained).toBe(true);
    expect((await ask('Which Mexican military bases did Cardenas let U.S. troops use?')).abstained).toBe(true);
    expect((await ask('In which book did Hans Morgenthau set out his six principles of realism?')).abstained).toBe(true);
    expect((await ask('Which Colombian Army battalion lost two companies in the FARC ambush of March 1998?')).answer).toMatch(/52nd Counter-Guerilla Battalion/);
    expect((await ask('Which ship did Colombia send to patrol Korean waters?')).answer).toMatch(/Almirante Padilla/);
    // A machine asked for by its kind is answered by the sentence naming it, when one scores nearly as well.
    expect((await ask('What aircraft did Roosevelt send to Bogota in 1938?')).answer).toMatch(/^In 1938, three U\.S\. Army “Flying Fortress” airplanes/);
    expect((await ask('What kind of helicopters does the Melgar school operate?')).answer).toMatch(/Bell OH-58/);
    // Counted countries are asked to be named: the thesis names two, and counts twelve others without naming them.
    expect((await ask('Which two countries does the thesis compare?')).answer).toMatch(/^[^.]*comparison of two countries, Mexico and Colombia/);
    expect((await ask('Which 12 other countries join Colombia and the United States in Operation MARTILLO?')).abstained).toBe(true);
    // A country named is a country given, with or without the word.
    expect((await ask('Which countries did the U.S. military intervene in?')).answer).toMatch(/intervention in Mexico/);
    // The thesis tells of a treaty in 1848 and of the Lima Conference, without naming the one or saying what was agreed at the other.
    expect((await ask('What was the treaty called that ended the Mexican-American War in 1848?')).abstained).toBe(true);
    expect((await ask('What did the American states agree to at the Lima Conference?')).abstained).toBe(true);
    // "a pledge to increase Pentagon training" says what they promised.
    expect((await ask('What did Cohen and Pastrana promise in December 1998?')).answer).toMatch(/a pledge to increase Pentagon training/);
    // The thesis tells of Escobar's escape and stops there.
    expect((await ask('What happened to Pablo Escobar after he escaped from jail with help from military officials and local police?')).abstained).toBe(true);
    expect((await ask('what happened after Secretary Perry left office in 1997')).answer).toMatch(/began to taper off/);
    // The thesis recommends funding Plan Colombia, without a figure.
    expect((await ask('How much more funding does the thesis recommend the U.S. government give Plan Colombia each year?')).abstained).toBe(true);
    expect((await ask('What does the thesis recommend for Colombia?')).answer).toMatch(/should continue to fund Plan Colombia/);
    expect((await ask('how many times more arms did Mexico get in 1990 than before')).answer).toMatch(/10 times more U\.S\. arms/);
    // The thesis says SEMAR placed an official at NORTHCOM, without naming him.
    expect((await ask('who was the SEMAR official the Mexican Navy stationed at NORTHCOM in 2007')).abstained).toBe(true);
    // "two companies of the Colombian Army" counts companies, not soldiers (nor the Lancero course's graduates).
    expect((await ask('How many Colombian soldiers have graduated from the Lancero course since it began?')).abstained).toBe(true);
    expect((await ask('what did the author conclude')).answer).toMatch(/^The U\.S\. military cooperates more with the Colombian military than the Mexican military/);
    // An ambush is no death: the thesis counts the FARC force, not its dead.
    expect((await ask('How many FARC fighters were killed in the March 1998 ambush of the Colombian Army?')).abstained).toBe(true);
    // An unsigned article has no author to name; a signed one and a source cited for a claim do.
    expect((await ask("Who wrote the New York Times piece 'Can the Military Resist Temptation?'")).abstained).toBe(true);
    expect((await ask('Who wrote The Colombian Battalion in Korea and Suez?')).answer).toMatch(/Russell W\. Ramsey/);
    expect((await ask('Who authored the study cited for the Lancero course?')).answer).toMatch(/footnote 138 cites Jane Crichton/);
    expect((await ask('What is the role of SOUTHCOM?')).answer).toMatch(/SOUTHCOM's self-proclaimed mission is to/);
    // The thesis gives October 1997 and no day; September 11, 2001 is another event's day.
    expect((await ask('On what day in October 1997 did the U.S. designate the FARC a terrorist organization?')).abstained).toBe(true);
    expect((await ask('On what day in March 2016 did Admiral Tidd testify?')).answer).toMatch(/On March 10, 2016, Admiral Kurt W\. Tidd/);
    // Typed as a note to oneself: a source question all the same.
    expect((await ask('source for the lancero course info')).answer).toMatch(/footnote \d+ cites Jane Crichton/);
    // Losses are the dead, wounded and captured, not the size of the force that ambushed them.
    expect((await ask("What were the Colombian Army's losses in the March 1998 FARC ambush?")).answer).toMatch(/62 soldiers were dead, 47 were wounded, and 43 had been captured/);
    expect((await ask('Which battle in 1847 pitted U.S. forces against General Santa Anna?')).answer).toMatch(/Battle of Buena Vista/);
  });

  it("answers every starter question the chat offers", async () => {
    for (const q of STARTERS.flatMap((g) => g.questions)) expect((await ask(q)).abstained, q).toBe(false);
  });

  it("answers the chat's starter questions about the thesis's argument and further research from those parts", async () => {
    expect((await ask('What is the main argument of the thesis?')).answer).toMatch(/^The U\.S\. military cooperates more with the Colombian military/);
    const further = await ask('What further research does the thesis suggest?');
    expect(further.answer).toMatch(/Further research could investigate/);
    expect(further.citations.every((c) => c.section === 'IV.D')).toBe(true);
  });

  it('reads a question typed in lowercase like one with capitals', async () => {
    expect((await ask('when was northcom created')).answer).toMatch(/^In 2002/);
    expect((await ask('how did mexico help the allies in ww2')).abstained).toBe(false);
  });

  it('abstains when the detail asked for is not there', async () => {
    expect((await ask('In which prison was Pablo Escobar held before he escaped?')).abstained).toBe(true);
    expect((await ask('Who succeeded Admiral William Gortney as commander of NORTHCOM?')).abstained).toBe(true);
    // The thesis says where the task force was, not who led it.
    expect((await ask('Who led the task force?')).abstained).toBe(true);
  });

  it('answers how long from the year a stretch starts and the year it lasted until', async () => {
    const r = await ask('How long did Pershing stay in Mexico?');
    expect(r.abstained).toBe(false);
    expect(r.answer).toMatch(/In 1916[^]*lasted until 1917/);
  });

  it('reads an acronym in the text as the words the question spelt out, and "This thesis" as no anaphor', async () => {
    expect((await ask("What is NORTHCOM's area of responsibility?")).answer).toMatch(/^NORTHCOM’s “AOR includes/);
    // "This thesis applied …" points at the document, not back to the sentence before it.
    expect((await ask('What are the three hypotheses?')).answer).toMatch(/^This thesis applied three generic IR hypotheses/);
  });

  it('does not open an answer with a sentence outlining a table ("Table 4 will show …")', async () => {
    const r = await ask('How does constructivism explain cooperation with Colombia?');
    expect(r.answer).toMatch(/^While liberalism can explain recent cooperation efforts/);
    expect(r.answer).not.toMatch(/Table 4 will show/);
  });

  it('lists the bibliography\'s entries of the kind asked for, with how many there are, verified', async () => {
    const r = await ask('Which newspaper articles does the thesis cite?');
    expect(r.citations.length).toBeGreaterThan(3);
    expect(r.citations.every((c) => c.kind === 'bibliography')).toBe(true);
    expect(r.answer).toMatch(/^Archibold, Randal C\., Damien Cave, and Ginger Thompson, "New Friction as Mexico Curbs U\.S\. Cooperation in Drug War," New York Times, May 1, 2013\.\[1\]/);
    expect(r.answer).toMatch(/The thesis's bibliography lists \d+ newspaper and news-service articles\.\[1\]/);
    expect(r.verification.citationRecall).toBe(1);
  });

  it('follows a sentence that ends by bringing in what the question asks about with what it says of it', async () => {
    const r = await ask('What did the US-Mexico Bilateral Working Group focus on?');
    expect(r.answer).toMatch(/This meeting in Mexico led to a U\.S\.-Mexico Bilateral Working Group\.\[1\] Cooperation within subgroups emphasized “counter narcotics/);
  });

  it('names the sources cited only once, each on the claim citing it, verified', async () => {
    const r = await ask('Which sources are cited only once?');
    expect(r.answer).toMatch(/is cited in 1 of the thesis's 187 footnotes, first in footnote \d+\.\[1\]/);
    expect(r.answer).not.toMatch(/is cited in (?!1 )\d+ of/);
    expect(r.verification.citationRecall).toBe(1);
  });

  it('names the oldest source the thesis cites, with the span of its bibliography, verified', async () => {
    const r = await ask('What is the oldest source the thesis cites?');
    expect(r.answer).toMatch(/^Los Angeles Times, "Colombia to get Arms Missions.*1938\.\[1\] The thesis's bibliography dates its entries from 1938 to 2017\.\[1\]$/);
    expect(r.verification.citationRecall).toBe(1);
  });

  it('reads Escuadrón 201 as the 201st Fighter Squadron', async () => {
    const r = await ask('What did Escuadrón 201 do in World War II?');
    expect(r.answer).toMatch(/sending its 201st Fighter Squadron from the Mexican Expeditionary Air Force/);
  });

  it('answers what an event led to from a sentence about that event, not one using the word "affect"', async () => {
    const r = await ask('How did the Mexican-American War affect cooperation?');
    expect(r.answer).toMatch(/likely generating bad historical relationships/);
    expect(r.answer).not.toMatch(/affecting their domestic security/);
  });

  it('reads on from where the previous answer left off for "What happened next?"', async () => {
    const first = await ask('What happened at Tampico in 1914?');
    expect(first.answer).toMatch(/Tampico Affair/);
    const next = await answerQuestion(store, 'What happened after that?', { llm: null, context: 'What happened at Tampico in 1914?', shown: first.answer });
    expect(next.abstained).toBe(false);
    expect(next.answer).toMatch(/In 1916, Army General Pershing crossed the U\.S\.\/Mexico border/);
    expect(next.answer).not.toMatch(/Tampico Affair/);
    expect(next.verification.citationRecall).toBe(1);
    // With no earlier answer there is nothing to read on from.
    expect((await ask('What happened next?')).abstained).toBe(true);
  });

  it('answers where the thesis discusses a topic with the places, each said in words and verified', async () => {
    const r = await ask('Which section discusses the Korean War?');
    expect(r.abstained).toBe(false);
    expect(r.citations.length).toBeGreaterThanOrEqual(2);
    expect(r.citations.every((c) => c.section?.startsWith('III'))).toBe(true);
    expect(r.answer).toMatch(/That is in Chapter III, §III\.C “World War II to the War on Drugs” \(pp?\. \d+(–\d+)?\)\.\[\d\]/);
    expect(r.verification.citationRecall).toBe(1);
    // A topic the thesis never names has no place in it.
    expect((await ask('Where does the thesis discuss the Bay of Pigs invasion?')).abstained).toBe(true);
  });

  it('answers which chapter discusses a topic with the chapter saying what it does, and its title and pages', async () => {
    const table = await ask('Where is Table 4?');
    expect(table.answer).toMatch(/^Table 4\. Reasons for U\.S\. Military and Colombian Military Cooperation\.\[1\] That is in Chapter III, §III\.F “Analysis” \(p\. \d+\)\.\[1\]$/);
    const within = await ask('Which section of chapter 3 discusses Plan Colombia?');
    expect(within.citations.every((c) => c.section?.startsWith('III'))).toBe(true);
    const r = await ask('Which chapter covers Mexico?');
    expect(r.answer).toMatch(/^This chapter analyzes major events that took place from the 1800s to present day between the Mexican and U\.S\. militaries\.\[1\] That is in Chapter II, “Evaluating Cooperation between the United States and Mexican Militaries” \(pp\. 15–37\)\.\[1\]$/);
    expect(r.verification.citationRecall).toBe(1);
  });

  it('answers a comparison with each side, after a sentence setting them side by side', async () => {
    const theories = await ask('What is the difference between realism and liberalism?');
    expect(theories.answer).toMatch(/^Proponents of realism argue/);
    expect(theories.answer).toMatch(/Proponents of liberalism would argue/);
    expect(theories.verification.citationRecall).toBe(1);
    const programs = await ask('What are the differences between Plan Colombia and the Merida Initiative?');
    expect(programs.answer).toMatch(/^Plan Colombia \(United States and Colombia\) and The Mérida Initiative \(United States and Mexico\) are two treaties/);
  });

  it('answers what a school of thought is with what its proponents argue', async () => {
    expect((await ask('What is realism?')).answer).toMatch(/^Proponents of realism argue that anarchy drives the international system/);
    expect((await ask('What is constructivism?')).answer).toMatch(/Constructivists would argue that a state would cooperate with another state when good social relationships/);
  });

  it('answers questions about further research from that section, however they are put', async () => {
    for (const q of ['What does the thesis recommend for future research?', 'What future research would help?', 'What areas for further research are identified?']) {
      const r = await ask(q);
      expect(r.citations.map((c) => c.section), q).toEqual(['IV.D']);
      expect(r.answer, q).toMatch(/Further research could investigate relationships/);
    }
  });

  it('answers what future research could do from the Further Research section', async () => {
    const r = await ask('What case studies could future research use?');
    expect(r.answer).toMatch(/^Other case studies, comparing the U\.S\.\/Canadian militaries/);
  });

  it('answers a why-not question with what kept it from happening, a few sentences on', async () => {
    const r = await ask("Why was the Army's 1989 border task force not able to arrest smugglers?");
    expect(r.answer).toMatch(/^In 1989, the United States created a U\.S\. Army drug task force/);
    expect(r.answer).toMatch(/precluded from any law enforcement action/);
  });

  it('does not add a neighbouring reason that shares no word with a why-question', async () => {
    const r = await ask('Why is Mexico sensitive about sovereignty?');
    expect(r.answer).toMatch(/sensitive to Mexican military history/);
    expect(r.answer).not.toMatch(/dynamic security environment/);
  });

  it('answers what a named thing is with the sentence saying what it is', async () => {
    // Either sentence saying what it is may lead: "… called Plan Colombia, which would provide …" or "“Plan Colombia,” a program …".
    expect((await ask('What was Plan Colombia?')).answer).toMatch(/^.{0,100}?(?:called Plan Colombia, which would provide|“Plan Colombia,” a program)/);
    expect((await ask('What is Operation MARTILLO?')).answer).toMatch(/^Operation MARTILLO is a multinational operation/);
    expect((await ask('What is the Mérida Initiative?')).answer).toMatch(/called the Mérida Initiative/);
  });

  it('answers a role of one service with its holder, not another secretary', async () => {
    expect((await ask('Who was the Mexican Navy Secretary in 1995?')).answer).toMatch(/^[^.]*Admiral Lorenzo Franco/);
  });

  it('answers what happened to someone after an event with the sentence after it, when that is about them', async () => {
    const escobar = await ask('What happened to Pablo Escobar after his 1991 capture?');
    expect(escobar.answer).toMatch(/capture of Pablo Escobar[\s\S]*Escobar escaped from jail/);
    // What the thesis tells next is about Congress, not Escobar: it does not say.
    expect((await ask('What happened to Pablo Escobar after he escaped from jail with help from military officials and local police?')).abstained).toBe(true);
  });

  it("answers a why-question about a feeling with the sentence telling of it, and how bad a fight was with its dead", async () => {
    const annoyed = await ask('Why was Mexico annoyed when NORTHCOM was set up after 9/11?');
    expect(annoyed.answer).toMatch(/would upset the Mexican government because|did not like/);
    expect((await ask("How bad was the March 1998 FARC ambush on the Colombian Army's 52nd Counter-Guerilla Battalion?")).answer).toMatch(/62 soldiers were dead/);
    // The scene's "two companies" is not a figure for soldiers killed.
    expect((await ask('march 1998 farc ambush 52nd counter-guerilla battalion how many soldiers killed')).answer).toMatch(/62 soldiers were dead/);
  });

  it("names every work a table's note cites, each verified", async () => {
    const r = await ask('Where does Table 1 come from?');
    expect(r.answer).toMatch(/footnote 105 cites Graham H\. Turbiville Jr\.[^[]*; Richard D\. Downie[^[]*; and Craig A\. Deare/);
    expect(r.verification.citationPrecision).toBe(1);
  });

  it('leads a how-many answer with the sentence counting what was asked, of nearly equal ones', async () => {
    expect((await ask('How many U.S. military personnel can be in Colombia?')).answer).toMatch(/^U\.S\. Congressional leaders set a cap of 800/);
  });

  it('joins the neighbour giving the designation a "what helicopters" question asks for', async () => {
    expect((await ask('What helicopters does the Melgar helicopter training center operate, and how many?')).answer).toMatch(/30 Bell OH-58 helicopters/);
  });

  it('shows the statement for each option of an "A or B" choice the thesis answers both ways', async () => {
    const r = await ask('Does the thesis say realism or liberalism best explains U.S.-Colombian military cooperation?');
    expect(r.answer).toMatch(/realist argument best explains/);
    expect(r.answer).toMatch(/Proponents of liberalism could explain/);
  });
});

