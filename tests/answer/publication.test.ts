import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '@/lib/answer/answer-question';
import { askedWork, asksPublication, publicationNote, venueAlreadyNamed } from '@/lib/answer/extractive/publication';
import { loadStore, type Store } from '@/lib/index/load-store';
import type { BibliographyEntry } from '@/lib/types';
import { testDataDir } from '../helpers/test-index';

const entry = (id: string, authors: string[], title: string, venue: string | null): BibliographyEntry => ({ id, text: `${authors.join(', ')}. ${title}.`, authors, title, venue, date: null, year: null, url: null });
const coleman = entry('bib:coleman', ['Bradley Lynn Coleman'], 'Colombia and the United States: The Making of an Inter-American Alliance', 'The Kent State University Press');
const wendt = entry('bib:wendt', ['Alexander Wendt'], 'Anarchy is What States Make of it', 'International Organizations');
const senate = entry('bib:senate', ['United States Senate'], 'Posture Statement of Admiral Kurt Tidd', 'GPO');
const bibliography = [coleman, wendt, senate];

describe('publication questions', () => {
  it('asks where, when or by whom a work came out', () => {
    expect(asksPublication("Who published Coleman's book?")).toBe(true);
    expect(asksPublication('coleman colombia and the united states publisher')).toBe(true);
    expect(asksPublication('Which journal ran Wendt’s article?')).toBe(true);
    expect(asksPublication('What does Coleman argue about World War II?')).toBe(false);
  });

  it('finds the work by an author named, in lower case too, or by most of its title', () => {
    expect(askedWork("Who published Coleman's book?", bibliography)).toBe(coleman);
    expect(askedWork('coleman colombia and the united states publisher', bibliography)).toBe(coleman);
    expect(askedWork('Which press published The Making of an Inter-American Alliance?', bibliography)).toBe(coleman);
    // An organisation is no surname; a name the bibliography lacks names no work.
    expect(askedWork('Which outlet published the Senate posture statement?', [senate])).toBeNull();
    expect(askedWork("Who published Ramsey's article?", bibliography)).toBeNull();
  });

  it('has nothing to say when the question already names the only outlet the citation gives', () => {
    expect(venueAlreadyNamed('Who published the International Organizations article by Wendt?', wendt)).toBe(true);
    expect(venueAlreadyNamed("Which journal published Wendt's article?", wendt)).toBe(false);
    expect(venueAlreadyNamed('When was the International Organizations article by Wendt published?', wendt)).toBe(false);
  });
});

describe('publication questions on the real thesis', () => {
  let store: Store;
  beforeAll(async () => {
    store = await loadStore(await testDataDir());
  });
  const ask = (q: string) => answerQuestion(store, q, { llm: null });

  it('relays the first full citation of the work, which gives the publisher', () => {
    const work = store.corpus.bibliography.find((b) => b.authors.includes('Bradley Lynn Coleman'))!;
    expect(publicationNote(store.corpus, work)).toBe(5);
  });

  it("relays the work's full citation: publisher, journal, date", async () => {
    const coleman = await ask('coleman colombia and the united states publisher');
    expect(coleman.answer).toMatch(/Kent State University Press/);
    expect(coleman.citations[0].footnotes.map((f) => f.n)).toContain(5);
    expect((await ask("What journal published Axelrod and Keohane's article?")).answer).toMatch(/World Politics 38/);
    expect((await ask('Who published The Logic of Comparative Social Inquiry?')).answer).toMatch(/Krieger Publishing Company/);
    expect((await ask("When was Wendt's article published?")).answer).toMatch(/\(1992\)/);
    // A footnote's work by no person (a news service's article) has no author to name.
    expect((await ask("Who is the author of the Info-Prod Research article in footnote 167?")).abstained).toBe(true);
    expect((await ask('Who wrote the work cited in footnote 5?')).answer).toMatch(/Bradley Coleman/);
    // The citation gives no publisher beyond the outlet the question names.
    expect((await ask('Who published the International Policy Report piece by Vaicius and Isacson?')).abstained).toBe(true);
  });
});
