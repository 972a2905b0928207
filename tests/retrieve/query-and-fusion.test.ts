import { describe, expect, it } from 'vitest';
import { stem } from '@/lib/retrieve/tokenize';
import { analyzeQuery, expandAcronyms, mainClause, questionType } from '@/lib/retrieve/analyze-query';
import { dedupeOverlapping } from '@/lib/retrieve/dedupe';
import { matchBoosts, foldRecords } from '@/lib/retrieve/match-boosts';
import { adaptiveLexicalWeight, DEFAULT_FUSION, rankHybrid } from '@/lib/retrieve/rank-hybrid';
import type { CorpusRecord } from '@/lib/types';
import { sameWord } from '@/lib/retrieve/question-terms';

const acronyms = [
  { short: 'SEMAR', long: 'Mexican Navy Secretariat' },
  { short: 'FARC', long: 'Revolutionary Armed Forces of Colombia' },
];

function rec(id: string, text: string, kind: CorpusRecord['kind'] = 'passage'): CorpusRecord {
  return { id, kind, doc: 'thesis', section: 'II.E', sectionTitle: 'x', pages: null, text, searchText: text, footnotes: [], order: 0 };
}

describe('analyzeQuery', () => {
  it('classifies question types', () => {
    expect(questionType('When did Nixon declare a war on drugs?')).toBe('when');
    expect(questionType('How many troops crossed the border?')).toBe('how-many');
    // A sum of money asked as "what figure".
    expect(questionType("what's the overall dollar figure for Plan Colombia?")).toBe('how-many');
    expect(questionType('What was the total cost of the Merida Initiative?')).toBe('how-many');
    expect(questionType('What figure does Table 2 give?')).toBe('table');
    expect(questionType('What was the total effect of the plan?')).toBe('what');
    // Statements setting the scene before the question: the question's own word decides.
    expect(questionType("Admiral Gortney said he met Mexico's leaders in 2015. Which general did he meet first?")).toBe('who');
    expect(questionType('The U.S. sent aid. Why did it stop?')).toBe('why');
    // A leading clause before a yes/no question's verb: the question itself is the verb's.
    expect(mainClause('After the 1991 capture of Pablo Escobar, did he stay in prison?')).toBe('did he stay in prison?');
    expect(questionType('Who commanded NORTHCOM?')).toBe('who');
    // Keyword lookups with no question word: a count or an amount, a date.
    expect(questionType('helicopter training center melgar pilots trained per year')).toBe('how-many');
    expect(questionType('merida initiative total funding through FY2016')).toBe('how-many');
    expect(questionType('square miles of territory mexico lost after the 1846-48 war')).toBe('how-many');
    expect(questionType('oct 2009 agreement number of bases')).toBe('how-many');
    expect(questionType('colombian killed and wounded in korea')).toBe('how-many');
    expect(questionType('korean war colombian battalion commander')).toBe('what');
    expect(questionType('Exact date Plan Colombia was approved')).toBe('when');
    expect(questionType('plan colombia approval date')).toBe('when');
    expect(questionType('coleman colombia and the united states publisher')).toBe('what');
    // After a leading clause, the question word decides; a table named in the clause still makes it a table question.
    expect(questionType('After Mexico arrested nine sailors in 1914, where did the fleet go?')).toBe('where');
    expect(questionType('In the Mexico analysis table, how many periods does realism explain?')).toBe('table');
    // Asked for the outlet a statement comes from: its source.
    expect(questionType("Admiral Harris's statement comes from which outlet?")).toBe('source');
    expect(questionType('Which newspaper reported the drone flights?')).toBe('source');
    // A question word decides: "what aid" is not a keyword lookup.
    expect(questionType('What aid did Colombia receive?')).toBe('what');
    // An award called a Citation is no question about citations.
    expect(questionType('In what year did the battalion receive the U.S. Presidential Unit Citation?')).toBe('when');
    expect(questionType('Which citation supports the 80% figure?')).toBe('source');
    // Whether a claim is supported asks for its source.
    expect(questionType('Is the claim that Mexico lost half its territory supported?')).toBe('source');
    expect(questionType('Is the statement about 80 percent of cocaine backed up?')).toBe('source');
    expect(questionType('Is Mexico supported by the US?')).not.toBe('source');
    // Where a table comes from is its source; "which three authors" still asks for authors.
    expect(questionType('What is Table 4 adapted from?')).toBe('source');
    expect(questionType('Is the 80% figure for Plan Colombia sourced?')).toBe('source');
    // Where a figure comes from is its source; where a thing comes from is a place.
    expect(questionType('Where does the figure of 131 Colombians killed in the Korean War come from?')).toBe('source');
    expect(questionType('Where did the battalion come from?')).toBe('where');
    expect(questionType('Where does Table 4 come from?')).toBe('source');
    // The purpose of a deed the question names.
    expect(questionType('what was pershing doing taking troops into northern mexico in 1916?')).toBe('why');
    expect(questionType('What were U.S. troops doing in Colombia?')).toBe('what');
    // A closing "why?" asks for the reason.
    expect(questionType('what happened to those UH-1H helicopters the US gave Mexico? why?')).toBe('why');
    expect(questionType('What happened to the helicopters?')).toBe('what');
    expect(questionType('where does the info about the helicopter instructors at Melgar come from?')).toBe('source');
    expect(questionType('Where do these stats on Korean War casualties come from?')).toBe('source');
    expect(questionType('source for the lancero course info')).toBe('source');
    expect(questionType('Where does the thesis get the claim that German agents spread rumors?')).toBe('source');
    expect(questionType('which journal article is the source for the Colombians trusting Roosevelt')).toBe('source');
    expect(questionType('What is the main source of drugs entering the United States?')).not.toBe('source');
    // The question word that opens a question decides its type, not a "how many" inside a clause.
    expect(questionType('Who set the limit on how many U.S. troops can be in Colombia?')).toBe('who');
    expect(questionType('How many U.S. troops can be in Colombia?')).toBe('how-many');
    expect(questionType('In which month of 1995 did Secretary Perry visit Mexico?')).toBe('when');
    expect(questionType('Which two authors does the thesis draw on for Mexico?')).toBe('source');
    // Asking who wrote a work asks for a source; "the historian who wrote about …" does not.
    expect(questionType('Who wrote The Colombian Battalion in Korea and Suez?')).toBe('source');
    expect(questionType('Which article was written by Turbiville?')).toBe('source');
    expect(questionType('What job does the historian who wrote about Colombia hold?')).toBe('what');
    expect(questionType('Why did cooperation drop?')).toBe('why');
    expect(questionType('According to the concluding chapter, why does the United States want cooperation?')).toBe('why');
    expect(questionType('Which source does the thesis cite for the Korean War claim?')).toBe('source');
    expect(questionType('Who is the source for the claim that U.S. forces worked with Mexican troops?')).toBe('source');
    expect(questionType('Who was the source of information for the Army?')).toBe('source');
    expect(questionType('In Table 4, what is the reason?')).toBe('table');
    expect(questionType('What was the level of cooperation during World War II according to the tables?')).toBe('table');
    expect(questionType('What kind of source backs the claim that the U.S. military intervened in Mexico on eleven occasions?')).toBe('source');
    // A long leading clause is not the question: "When the Pentagon chief floated …, what did …" asks what.
    expect(questionType('When the Pentagon chief floated Mexican troops joining a multinational drill in 1995 and Mexico shot it down, what did Mexican officials say the partnership was limited to?')).toBe('what');
    expect(questionType('How come Mexico refused foreign troops?')).toBe('why');
    // What brought something about is its reason; not "What made it possible …" nor "What led to …".
    expect(questionType('What finally pushed Mexico into WWII on the Allied side?')).toBe('why');
    expect(questionType('What was behind Teddy Roosevelt wanting stability in Colombia?')).toBe('why');
    expect(questionType('What made it possible for the two navies to train together?')).not.toBe('why');
    expect(questionType('What led to the creation of NORTHCOM?')).not.toBe('why');
    // Only the tables rate cooperation (High, Med, Low, None).
    expect(questionType('Before WWII, Mexico is rated None; what rating does Colombia get for the same period?')).toBe('table');
    expect(questionType('How was cooperation rated between the war on drugs and 9/11?')).toBe('table');
  });
  it('does not take a capitalised opening word for a name', () => {
    expect(analyzeQuery('Besides the joint board, which body did Canada share?', []).names).toEqual(['canada']);
    expect(analyzeQuery('Per the abstract, what will cooperation with Mexico take?', []).names).toEqual(['mexico']);
    expect(analyzeQuery('Per Table 6, why did no cooperation exist with Colombia?', []).names).toEqual(['table', 'colombia']);
    expect(analyzeQuery('Pershing led how many troops?', []).names).toEqual(['pershing']);
    // "de" joins a Spanish name ("Eduardo Santos de …"), not the start of the next word ("declare").
    expect(analyzeQuery('When did President Nixon declare a war on drugs?', []).names).toEqual(['president nixon']);
    expect(analyzeQuery('What will cooperation with Mexico depend on?', []).names).toEqual(['mexico']);
    // Accented names are whole names: "Bogotá", "Calderón", not "bogot", "calder".
    expect(analyzeQuery('Which warship did Bogotá send to Korea?', []).names).toEqual(['bogota', 'korea']);
    expect(analyzeQuery('Why did President Calderón deploy troops?', []).names).toEqual(['president calderon']);
  });
  it('expands acronyms both ways', () => {
    expect(expandAcronyms('What did SEMAR do?', acronyms)).toEqual(['Mexican Navy Secretariat']);
    expect(expandAcronyms('the revolutionary armed forces of Colombia', acronyms)).toEqual(['FARC']);
    expect(expandAcronyms('nothing here', acronyms)).toEqual([]);
  });
  it('extracts years, figures, quoted phrases and names', () => {
    const a = analyzeQuery('What did General Gordon Sullivan do in 1992 with "army-to-army" ties and $2.8 billion?', acronyms);
    expect(a.years).toEqual(['1992']);
    expect(a.numbers).toContain('2.8');
    expect(a.phrases).toContain('army-to-army');
    expect(a.names).toContain('general gordon sullivan');
  });
  it('keeps a name whose words are joined by hyphens whole', () => {
    expect(analyzeQuery('How did the Mexican-American War affect cooperation?', acronyms).phrases).toEqual(['mexican-american war']);
    expect(analyzeQuery('Who fought in the U.S.-Mexican War?', acronyms).phrases).toEqual(['mexican war']);
  });
  it('adds context terms at a lower weight', () => {
    const a = analyzeQuery('What happened after that?', acronyms, 'Plan Colombia');
    expect(a.terms.find((t) => t.term === 'plan')?.weight).toBeLessThan(1);
  });
});

describe('rankHybrid', () => {
  it('combines both signals in weighted mode', () => {
    const fused = rankHybrid(Float64Array.from([10, 0, 5]), Float64Array.from([0.1, 0.9, 0.5]));
    expect(fused[0]).toBeGreaterThan(0);
    expect(fused[1]).toBeGreaterThan(0);
    expect(fused[2]).toBeGreaterThan(0);
  });
  it('falls back to one signal when the other is missing', () => {
    const fused = rankHybrid(Float64Array.from([2, 1]), null);
    expect(fused[0]).toBe(1);
    expect(fused[1]).toBe(0.5);
  });
  it('uses ranks only in RRF mode', () => {
    const fused = rankHybrid(Float64Array.from([3, 2, 1]), Float64Array.from([0.1, 0.2, 0.3]), { ...DEFAULT_FUSION, mode: 'rrf', rrfK: 60 });
    expect(fused[1]).toBeCloseTo(1 / 62 + 1 / 62);
  });
});

describe('boosts and dedupe', () => {
  it('boosts records with the asked year and figure', () => {
    const records = [rec('a', 'In 1942, the commission was created.'), rec('b', 'The commission was created.'), rec('c', 'It cost $2.8 billion.')];
    const a = analyzeQuery('What happened in 1942 and what cost 2.8 billion?', []);
    const b = matchBoosts(a, records, foldRecords(records));
    expect(b[0]).toBeGreaterThan(b[1]);
    expect(b[2]).toBeGreaterThan(b[1]);
  });
  it('boosts a record naming a name the question gives, at the end of a sentence too', () => {
    const records = [rec('a', 'The manual was translated from English to Spanish.'), rec('b', 'The manual was translated.')];
    const b = matchBoosts(analyzeQuery('What did General Sullivan want put into Spanish?', []), records, foldRecords(records));
    expect(b[0]).toBeGreaterThan(b[1]);
  });
  it('weighs down records outside the part of the thesis the question names', () => {
    const records = [{ ...rec('a', 'Cooperation will require relationships.'), kind: 'abstract' as const, section: null }, { ...rec('b', 'Cooperation will require relationships.'), section: 'II.B' }];
    const named = matchBoosts(analyzeQuery('According to the abstract, what will cooperation require?', []), records, foldRecords(records));
    expect(named[0]).toBeGreaterThan(named[1]);
    const plain = matchBoosts(analyzeQuery('What will cooperation require?', []), records, foldRecords(records));
    expect(plain[0]).toBe(plain[1]);
  });
  it('drops a record mostly contained in a higher-ranked one', () => {
    const hits = [
      { record: rec('table', 'Table 2 Prior to WWII None No cooperation existed WWII to War on Drugs Low Limited cooperation'), score: 2 },
      { record: rec('row', 'Prior to WWII None No cooperation existed'), score: 1 },
      { record: rec('other', 'Plan Colombia funded helicopters'), score: 0.5 },
    ];
    expect(dedupeOverlapping(hits, 10).map((h) => h.record.id)).toEqual(['table', 'other']);
  });
});

describe('periods, coverage and parents', () => {
  it('reads decades and ranges from a question', async () => {
    const { queryPeriods } = await import('@/lib/retrieve/analyze-query');
    expect(queryPeriods('What happened in the 1940s?')).toEqual([[1940, 1949]]);
    expect(queryPeriods('in the early 1950s')).toEqual([[1950, 1954]]);
    expect(queryPeriods('between 1994 and 1997 with Mexico')).toEqual([[1994, 1997]]);
    expect(queryPeriods('from 1836 to 1917')).toEqual([[1836, 1917]]);
    expect(queryPeriods('in 1942')).toEqual([]);
    // A decade typed short is a period, not the figure 90.
    const { analyzeQuery } = await import('@/lib/retrieve/analyze-query');
    const mid90s = analyzeQuery('In the mid-90s what kinds of cooperation was Mexico willing to accept?', []);
    expect(mid90s.periods).toEqual([[1993, 1997]]);
    expect(mid90s.numbers).toEqual([]);
    expect(mid90s.terms.map((t) => t.term)).not.toContain('mid90');
    expect(analyzeQuery("what happened in the late '80s", []).periods).toEqual([[1985, 1989]]);
    // Typed short, the decade is still what an answer must be of, as "the 1990s" is.
    const { questionTerms, UNIFORM_STATS } = await import('@/lib/retrieve/question-terms');
    const decade = questionTerms(analyzeQuery('What did Mexico get in the 90s?', []), UNIFORM_STATS);
    expect(decade.find((t) => t.term === '1990s')?.anchor).toBe(true);
    expect(decade.map((t) => t.term)).not.toContain('1990');
    expect(analyzeQuery('a cap of 800 personnel for $2.8 billion', []).numbers).toEqual(['800', '2.8']);
  });
  it("takes a person's name, not the role leading it, as what an answer must name", async () => {
    const { personalName } = await import('@/lib/retrieve/personal-name');
    expect(personalName('army chief of staff gordon sullivan')).toBe('gordon sullivan');
    expect(personalName('mexican secretary of national defense general antonio riviello')).toBe('antonio riviello');
    expect(personalName('u.s. army general barry r. mccaffrey')).toBe('barry r. mccaffrey');
    // All role, no role, or no person: kept whole.
    expect(personalName('secretary of state')).toBe('secretary of state');
    expect(personalName('plan colombia')).toBe('plan colombia');
    expect(personalName('national museum of interventions')).toBe('national museum of interventions');
  });
  it('asks a range for any year in it, not for its two ends', async () => {
    const { questionTerms, contains } = await import('@/lib/retrieve/question-terms');
    const stats = { idf: () => 2, df: () => 1 };
    const q = questionTerms(analyzeQuery('What happened between 1994 and 1997 with Mexico?', []), stats);
    const range = q.find((t) => t.term === '1994-1997')!;
    expect(range.anchor).toBe(true);
    expect(contains(new Set(['1995', 'perry']), range)).toBe(true);
    expect(contains(new Set(['1998']), range)).toBe(false);
    // A large bag is searched by first letter, and all figures share one group: a range across a millennium holds its years.
    const many = (extra: string[]) => new Set([...'abcdefghijklmnopqr'.split('').map((c) => `${c}word`), ...extra]);
    const across = questionTerms(analyzeQuery('What happened between 1999 and 2001?', []), stats).find((t) => t.term === '1999-2001')!;
    expect(contains(many(['2000']), across)).toBe(true);
    expect(contains(many(['2003']), across)).toBe(false);
    const word = q.find((t) => t.term === 'mexico')!;
    expect(contains(many(['mexican']), word)).toBe(true);
    expect(contains(many(['nexican']), word)).toBe(false);
    // The ends still count, less, and are not required.
    expect(q.find((t) => t.term === '1994')).toMatchObject({ anchor: false, weight: 1 });
  });
  it('reads "American" as the United States, not a name the answer must repeat', async () => {
    const { questionTerms } = await import('@/lib/retrieve/question-terms');
    const q = questionTerms(analyzeQuery('Who did Bogota name as its liaison with the American command guarding the Panama Canal?', []), { idf: () => 2, df: () => 1 });
    expect(q.find((t) => t.term === 'american')).toMatchObject({ anchor: false });
    expect(q.find((t) => t.term === 'panama')).toMatchObject({ anchor: true });
  });
  it('reads a question as a follow-up when it points back or is short', async () => {
    const { needsContext } = await import('@/lib/retrieve/search');
    expect(needsContext('What else does the thesis say about him?')).toBe(true);
    expect(needsContext('Which sources does the thesis cite for this?')).toBe(true);
    expect(needsContext('When was the Mérida Initiative signed by President Bush?')).toBe(false);
  });
  it('reads the tables a question names by number', async () => {
    const { namedTables } = await import('@/lib/retrieve/match-boosts');
    expect(namedTables('Comparing Tables 5 and 6, which period …')).toEqual([5, 6]);
    expect(namedTables('What does Table 4 say?')).toEqual([4]);
    expect(namedTables('tables 1, 2 and 5')).toEqual([1, 2, 5]);
    expect(namedTables('Which table rates Mexico?')).toEqual([]);
  });
  it('boosts records with a year inside the asked period', () => {
    const records = [rec('a', 'In 1944, the squadron flew.'), rec('b', 'In 1962, nothing.')];
    const b = matchBoosts(analyzeQuery('What happened in the 1940s?', []), records, foldRecords(records));
    expect(b[0]).toBeGreaterThan(b[1]);
  });
  it('trusts lexical scores less when no record covers the question words', async () => {
    const { buildBm25, bestCoverage } = await import('@/lib/retrieve/bm25');
    const index = buildBm25([{ id: 'a', text: 'frigate patrolled Korean waters' }, { id: 'b', text: 'cocaine seizures' }]);
    expect(bestCoverage(index, [{ term: stem('frigate'), weight: 1 }, { term: 'korean', weight: 1 }])).toBe(1);
    expect(bestCoverage(index, [{ term: stem('frigate'), weight: 1 }, { term: stem('cocaine'), weight: 1 }])).toBeCloseTo(0.5);
    expect(adaptiveLexicalWeight(DEFAULT_FUSION, 1)).toBe(DEFAULT_FUSION.lexicalWeight);
    expect(adaptiveLexicalWeight(DEFAULT_FUSION, 0)).toBeCloseTo(DEFAULT_FUSION.lexicalWeight / 2);
  });
  it('puts a row’s whole table in its place and a carrying passage before its footnote', async () => {
    const { attachParents } = await import('@/lib/retrieve/attach-parents');
    const table = rec('thesis:table:2', 'whole table', 'table');
    const row = rec('thesis:table:2:row:1', 'row', 'table-row');
    const passage = rec('thesis:II.C:4', 'claim', 'passage');
    const fn = { ...rec('thesis:fn:47', 'Turbiville', 'footnote'), footnotes: [47] };
    const byId = new Map([table, row, passage, fn].map((r) => [r.id, r]));
    const ranked = [{ record: row, score: 3 }, { record: fn, score: 2 }, { record: table, score: 1 }];
    const footnoteChunks = new Map([[47, ['thesis:II.C:4']]]);
    const out = attachParents(ranked, byId, footnoteChunks);
    expect(out.map((h) => [h.record.id, h.score])).toEqual([['thesis:table:2', 3], ['thesis:II.C:4', 2], ['thesis:fn:47', 2]]);
    // A search for rows only keeps the row, followed by its table.
    expect(attachParents(ranked, byId, footnoteChunks, true).map((h) => h.record.id)).toEqual([
      'thesis:table:2:row:1',
      'thesis:table:2',
      'thesis:II.C:4',
      'thesis:fn:47',
    ]);
  });
});

describe('sameWord', () => {
  it('joins forms of one word and keeps other words apart', () => {
    expect(sameWord(stem('declare'), stem('declared'))).toBe(true);
    expect(sameWord(stem('cooperation'), stem('cooperate'))).toBe(true);
    // A noun in -tion beside its verb: "interventions" and "intervened".
    expect(sameWord(stem('interventions'), stem('intervened'))).toBe(true);
    expect(sameWord(stem('intervention'), stem('interval'))).toBe(false);
    expect(sameWord(stem('nation'), stem('native'))).toBe(false);
    // A noun in -cy beside its adjective in -tic: "democracies" and "democratic", "diplomacy" and "diplomatic".
    expect(sameWord(stem('democracies'), stem('democratic'))).toBe(true);
    expect(sameWord(stem('diplomacy'), stem('diplomatic'))).toBe(true);
    expect(sameWord(stem('policy'), stem('political'))).toBe(false);
  });
});
