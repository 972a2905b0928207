import { describe, expect, it } from 'vitest';
import { askedLocation, asksChapter, locationChapter, LOCATIONS, numberedPart, topicChapters, topicPlaces } from '@/lib/answer/extractive/location-question';
import { chapterLine, locationLine } from '@/lib/cite/label';
import { record } from '../cite/fixtures';

describe('askedLocation', () => {
  it('reads where-in-the-thesis questions and their topic', () => {
    expect(askedLocation('Which section discusses the Korean War?')).toBe('the Korean War');
    expect(askedLocation('On what page is Plan Colombia discussed?')).toBe('Plan Colombia');
    expect(askedLocation('Where does the thesis talk about UNITAS?')).toBe('UNITAS');
    expect(askedLocation('Which pages mention the Lancero course?')).toBe('the Lancero course');
    expect(askedLocation('Where is the Tampico Affair mentioned in the thesis?')).toBe('the Tampico Affair');
    expect(askedLocation('what chapter covers mexico')).toBe('mexico');
    expect(askedLocation('What page is the Tampico Affair on?')).toBe('the Tampico Affair');
    expect(askedLocation('Where is Table 4?')).toBe('Table 4');
    expect(numberedPart('Table 4')).toEqual({ kind: 'table', n: 4 });
    expect(numberedPart('the Tampico Affair')).toBeNull();
    // Within one chapter: the places are looked for there; the chapter itself is not asked for.
    expect(askedLocation('Which section of chapter 3 discusses Plan Colombia?')).toBe('Plan Colombia');
    expect(locationChapter('Which section of chapter 3 discusses Plan Colombia?')).toBe('III');
    expect(asksChapter('Which section of chapter 3 discusses Plan Colombia?')).toBe(false);
    expect(askedLocation('Where in chapter IV does the thesis discuss sovereignty?')).toBe('sovereignty');
    expect(locationChapter('Where in chapter IV does the thesis discuss sovereignty?')).toBe('IV');
  });

  it('leaves questions about places in the world, or about what the thesis says, alone', () => {
    expect(askedLocation('Where did the U.S. fleet go in 1914?')).toBeNull();
    expect(askedLocation('Which chapter of the constitution bans foreign troops?')).toBeNull();
    expect(askedLocation('What does the thesis say about the Korean War?')).toBeNull();
    expect(askedLocation('Where was the Border Commanders Conference held?')).toBeNull();
    expect(askedLocation('Where is Fort Benning?')).toBeNull();
  });
});

describe('topicPlaces', () => {
  const at = (id: string, section: string, start: number, text: string) => record({ id, section, sectionTitle: 'WAR ON DRUGS TO 9/11', pages: { start, end: start }, text });
  const passages = [
    at('thesis:III.D:p1', 'III.D', 50, 'Cooperation grew. In 2000, Plan Colombia provided $1.3 billion to Colombia.'),
    at('thesis:III.D:p2', 'III.D', 51, 'Plan Colombia trained pilots.'),
    at('thesis:I:p6', 'I', 3, 'The U.S. government enacted a diplomatic initiative with Colombia, called Plan Colombia, in 2000.'),
    at('thesis:II.B:p1', 'II.B', 18, 'Mexico and Colombia differ in many ways here.'),
    record({ id: 'thesis:fn:150', kind: 'footnote', text: 'Plan Colombia: A Retrospective, 2012.' }),
  ].map((r, i) => ({ n: i + 1, record: r, score: 1 }));

  it('lists one sentence naming the topic per section, in the thesis order, each with where it is', () => {
    const places = topicPlaces(passages, 'Plan Colombia');
    expect(places.map((p) => p.line.passage)).toEqual([3, 1]);
    expect(places[1].line.text).toBe('In 2000, Plan Colombia provided $1.3 billion to Colombia.');
    expect(places[1].note).toBe('That is in Chapter III, §III.D “War on Drugs to 9/11” (p. 50).');
    expect(places.length).toBeLessThanOrEqual(LOCATIONS);
  });

  it('finds no place for a topic no passage names whole', () => {
    expect(topicPlaces(passages, 'Plan Mexico')).toEqual([]);
  });
});

describe('locationLine', () => {
  it('says where a record is in words', () => {
    expect(locationLine({ section: 'II.B', sectionTitle: 'PRIOR TO WORLD WAR II', pages: { start: 16, end: 19 } })).toBe('Chapter II, §II.B “Prior to World War II” (pp. 16–19)');
    expect(locationLine({ kind: 'abstract', section: null, sectionTitle: null, pages: { start: 5, end: 5 } })).toBe('the abstract (p. 5)');
    expect(locationLine({ section: null, sectionTitle: null, pages: null })).toBe('the thesis');
  });
});

describe('topicChapters', () => {
  const at = (id: string, section: string, text: string) => record({ id, section, text });
  const records = [
    at('thesis:II.A:p1', 'II.A', 'This chapter analyzes the Mexican and U.S. militaries. Mexico and the United States fought in 1846.'),
    at('thesis:II.B:p1', 'II.B', 'Mexico lost half its land.'),
    at('thesis:II.C:p1', 'II.C', 'Mexico joined the Allies.'),
    at('thesis:III.A:p1', 'III.A', 'This chapter analyzes the Colombian and U.S. militaries. Unlike Mexico, Colombia sent troops to Korea.'),
    at('thesis:IV:p1', 'IV', 'Colombia cooperated more than Mexico did.'),
  ];

  it('names the chapters naming the topic most, most first', () => {
    expect(asksChapter('Which chapter covers Mexico?')).toBe(true);
    expect(asksChapter('Which section covers Mexico?')).toBe(false);
    // Mexico is named in three passages of Chapter II and one of III and IV: only II is within half of the most.
    expect(topicChapters(records, 'Mexico')).toEqual(['II']);
    expect(topicChapters(records, 'Korea')).toEqual(['III']);
    expect(topicChapters(records, 'the Bay of Pigs')).toEqual([]);
  });

  it('says a chapter in words', () => {
    expect(chapterLine({ id: 'II', title: 'EVALUATING COOPERATION BETWEEN THE UNITED STATES AND MEXICAN MILITARIES', pages: { start: 15, end: 37 } })).toBe(
      'Chapter II, “Evaluating Cooperation between the United States and Mexican Militaries” (pp. 15–37)',
    );
  });
});
