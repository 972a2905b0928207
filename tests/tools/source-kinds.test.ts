import { describe, expect, it } from 'vitest';
import { askedSourceAge, askedSourceKind, entriesByAge, kindCountLine, sourceKinds, spanLine } from '@/lib/tools/source-kinds';
import { entrySentence } from '@/lib/answer/extractive/candidates';

const entry = (id: string, text: string, venue: string | null = null) => ({ id, text, venue });

describe('sourceKinds', () => {
  it('tells newspapers, journals, books and government documents apart', () => {
    const kinds = sourceKinds([
      entry('a', 'Archibold, Randal C. "New Friction." *New York Times*, May 1, 2013.', 'New York Times'),
      entry('b', '. "Colombia Signs Military Pact." May 30, 1942. <https://www.nytimes.com/>.'),
      entry('c', 'Glaser, Charles. "Realists as Optimists." *International Security* 19, no. 3 (1995): 50–90.', 'International Security'),
      entry('d', 'Coleman, Bradley Lynn. *Colombia and the United States*. Kent, OH: The Kent State University Press, 2008.', 'The Kent State University Press'),
      entry('e', 'Seelke, Clare R. "U.S.-Mexican Security Cooperation." *Congressional Research Service*, August 16, 2010.', 'Congressional Research Service'),
      entry('f', 'Vasquez, Cesar A. "A History of the Caribbean Defense Command." Dissertation, Florida State University, 2016.'),
      entry('g', 'Christian Science Monitor*. "Colombia Rallies to U.S. Support." September 13, 1940.'),
    ]);
    // An entry repeating the previous author (". "Colombia Signs …"") is of the previous entry's kind.
    expect(Object.fromEntries(kinds)).toEqual({ a: 'news', b: 'news', c: 'journal', d: 'book', e: 'government', f: 'other', g: 'news' });
  });

  it('reads which kind a question asks for', () => {
    expect(askedSourceKind('Which newspaper articles does the thesis cite?')).toBe('news');
    expect(askedSourceKind('What books does the thesis cite?')).toBe('book');
    expect(askedSourceKind('How many journal articles are in the bibliography?')).toBe('journal');
    expect(askedSourceKind('Which government documents does the thesis rely on?')).toBe('government');
    expect(askedSourceKind('Does the thesis use any newspapers?')).toBe('news');
    expect(askedSourceKind('Which newspaper reported the drone flights over Mexico?')).toBeNull();
    // The source of one claim is asked for, not the works of a kind.
    expect(askedSourceKind('which journal article is the source for the colombians trusting teddy roosevelt')).toBeNull();
    expect(askedSourceKind('Which book or article by Kenneth Waltz does the thesis cite for the claim that cooperation is difficult?')).toBeNull();
    expect(askedSourceKind('Which newspaper articles does the thesis cite about the Korean War?')).toBeNull();
    expect(askedSourceKind('What did the book by Coleman argue?')).toBeNull();
    expect(kindCountLine('news', 24)).toBe("The thesis's bibliography lists 24 newspaper and news-service articles.");
  });
});

describe('entrySentence', () => {
  it('writes a bibliography entry as one sentence, the way a note cites it, without its link', () => {
    expect(entrySentence('Bajak, Frank. "Colombian Military Rescues Hostages." *Deseret News*, July 3, 2008. <http://www.deseretnews.com/>.')).toBe(
      'Bajak, Frank, "Colombian Military Rescues Hostages," Deseret News, July 3, 2008.',
    );
    expect(entrySentence('Cook, Dean A. "U.S. Southern Command." In *America’s Viceroys*, edited by Derek S. Reveron. New York, NY: Palgrave, 2004.')).toBe(
      'Cook, Dean A., "U.S. Southern Command," In America’s Viceroys, edited by Derek S. Reveron, New York, NY: Palgrave, 2004.',
    );
  });
});

describe('the bibliography by age', () => {
  const entries = [
    { id: 'a', year: 1942 },
    { id: 'b', year: 1938 },
    { id: 'c', year: 2017 },
    { id: 'd', year: null },
    { id: 'e', year: 1938 },
  ];
  it('finds the oldest and newest entries and the span of years', () => {
    expect(askedSourceAge('What is the oldest source the thesis cites?')).toBe('oldest');
    expect(askedSourceAge('Which is the most recent work cited?')).toBe('newest');
    expect(askedSourceAge('What is the oldest Mexican military museum?')).toBeNull();
    expect(entriesByAge(entries, 'oldest')).toEqual(['b', 'e']);
    expect(entriesByAge(entries, 'newest')).toEqual(['c']);
    expect(spanLine(entries)).toBe("The thesis's bibliography dates its entries from 1938 to 2017.");
  });
});
