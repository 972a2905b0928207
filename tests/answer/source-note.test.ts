import { describe, expect, it } from 'vitest';
import { describeEntry, publicationDetail } from '@/lib/answer/extractive/source-note';
import type { BibliographyEntry } from '@/lib/types';

const entry = (e: Partial<BibliographyEntry>): BibliographyEntry => ({ id: 'b', text: '', authors: [], title: '', venue: null, date: null, year: null, url: null, ...e });

describe('describeEntry', () => {
  it('says what kind of work an entry without a venue is, and who issued it', () => {
    const thesis = entry({
      text: 'Vasquez, Cesar A. "A History of the United States Caribbean Defense Command (1941-1947)." Dissertation, Florida International University, 2016. http://digitalcommons.fiu.edu/etd/2458/.',
      authors: ['Cesar A. Vasquez'],
      title: 'A History of the United States Caribbean Defense Command (1941-1947)',
      year: 2016,
    });
    expect(publicationDetail(thesis)).toBe('Dissertation, Florida International University');
    expect(describeEntry(thesis)).toBe('Cesar A. Vasquez, “A History of the United States Caribbean Defense Command (1941-1947),” Dissertation, Florida International University (2016)');
    const blog = entry({ text: 'Wilson, Brian. *Mexico/Zapatistas* (blog). <http://www.brianwillson.com/>.', authors: ['Brian Wilson'], title: 'Mexico/Zapatistas' });
    expect(describeEntry(blog)).toBe('Brian Wilson, “Mexico/Zapatistas” (blog)');
  });

  it("adds nothing for a newspaper's date or a link", () => {
    const news = entry({
      text: 'New York Times*. "Colombia Signs Military Pact." May 30, 1942. <https://www.nytimes.com/>.',
      authors: ['New York Times'],
      title: 'Colombia Signs Military Pact',
      year: 1942,
    });
    expect(publicationDetail(news)).toBe('');
    expect(describeEntry(news)).toBe('New York Times, “Colombia Signs Military Pact” (1942)');
  });
});
