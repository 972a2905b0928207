import { describe, expect, it } from 'vitest';
import { describeChatError } from '@/app/chat/describe-error';
import { locateSentences } from '@/app/chat/locate';
import { answerView, forStorage } from '@/app/chat/message-data';
import { followUps } from '@/app/chat/suggestions';
import { answerMarkdown } from '@/app/chat/to-markdown';
import { titleCase, whereLabel } from '@/app/components/format';
import { findQuote } from '@/app/components/passage-text';
import type { FootnoteUIMessage } from '@/lib/answer/chat-types';
import type { Citation } from '@/lib/cite/types';

const citation: Citation = {
  n: 1, id: 'thesis:II.E:6', kind: 'passage', section: 'II.E', sectionTitle: '9/11 TO THE PRESENT', pages: { start: 31, end: 31 },
  quote: 'In 2007, President George W. Bush signed the Mérida Initiative.',
  quotes: ['In 2007, President George W. Bush signed the Mérida Initiative.', 'The Mérida Initiative highlighted the importance of U.S./Mexican efforts.'],
  footnotes: [{ n: 87, text: 'Ibid., 13.', pages: '13', inQuote: false, source: { id: 'bib:downie-2011', text: 'Downie, Richard D. "Critical Strategic Decisions in Mexico."', url: 'http://chds.dodlive.mil/x.pdf', short: 'Downie 2011' } }],
  label: 'Thesis p. 31, §II.E; the thesis cites Downie 2011, p. 13.',
};

const parts = (text: string, extra: FootnoteUIMessage['parts'] = []): Pick<FootnoteUIMessage, 'parts'> => ({ parts: [{ type: 'text', text }, ...extra] });

describe('answer helpers', () => {
  it('locates sentences given without markers or emphasis', () => {
    const text = 'First *claim* here.[1] Second claim[2] continues.[1]\n\nThird.';
    const [a, b, c] = locateSentences(text, ['First claim here.', 'Second claim continues.', 'Third.']);
    expect(text.slice(a.start, a.end)).toBe('First *claim* here.');
    expect(text.slice(b.start, b.end)).toBe('Second claim[2] continues.');
    expect(text.slice(c.start, c.end)).toBe('Third.');
    expect(locateSentences(text, ['Not there.'])).toEqual([]);
  });

  it('gathers text, citations, answer data and notices from message parts', () => {
    const view = answerView({
      parts: [
        { type: 'text', text: 'failed partial' },
        { type: 'data-notice', id: 'notice', data: { message: 'LLM failed.' } },
        { type: 'text', text: 'Bush signed it.[1]' },
        { type: 'source-document', sourceId: citation.id, mediaType: 'text/plain', title: citation.label, providerMetadata: { footnote: { ...citation } as never } },
        { type: 'data-citation', id: 'citation-1', data: citation },
      ],
    });
    expect(view).toMatchObject({ text: 'Bush signed it.[1]', notice: 'LLM failed.', answer: null });
    expect(view.citations).toEqual([citation]);
  });

  it('drops retrieved passages before storing', () => {
    const m = { id: 'a', role: 'assistant', parts: [{ type: 'data-answer', id: 'answer', data: { abstained: false, model: 'x', verification: { citationRecall: 1, citationPrecision: 1 }, sentences: [], passages: [{ id: 'p' }] } }] } as unknown as FootnoteUIMessage;
    expect(forStorage([m])[0].parts[0]).toMatchObject({ data: { passages: [] } });
  });

  it('writes an answer as Markdown with footnote definitions, every quote of a citation', () => {
    const md = answerMarkdown({ text: 'Bush signed it.[1] Unknown [7].', citations: [citation] }, 'Who signed?');
    expect(md).toBe(
      '> Who signed?\n\nBush signed it.[^1] Unknown [7].\n\n' +
        '[^1]: Thesis, §II.E 9/11 to the Present · p. 31: “In 2007, President George W. Bush signed the Mérida Initiative.” … “The Mérida Initiative highlighted the importance of U.S./Mexican efforts.”\n' +
        '    The thesis’s footnote 87: Ibid., 13.\n' +
        '    Source: Downie, Richard D. "Critical Strategic Decisions in Mexico." <http://chds.dodlive.mil/x.pdf>\n',
    );
  });

  it('suggests follow-ups only after a cited answer', () => {
    const done = { text: 'x', citations: [citation], notice: null, answer: { abstained: false, model: 'x', verification: { citationRecall: 1, citationPrecision: 1 }, sentences: [], passages: [] } };
    const s = followUps('What did Mexico sign?', done);
    expect(s).toContain('How does this compare with U.S. cooperation with Colombia?');
    expect(s[0]).toBe('What else does the thesis say about “9/11 to the Present”?');
    expect(s.length).toBeLessThanOrEqual(3);
    expect(followUps('q', { ...done, answer: { ...done.answer, abstained: true } })).toEqual([]);
    // An answer telling of an event can be read on.
    expect(followUps('What happened at Tampico in 1914?', done)[0]).toBe('What happened next?');
    expect(followUps('Who wrote the thesis?', { ...done, text: 'In 1914, the U.S. Navy sailed to Veracruz.[1]' })[0]).toBe('What happened next?');
    expect(followUps('Who wrote the thesis?', { ...done, text: 'Brian S. Curry wrote it.[1]' })).not.toContain('What happened next?');
    // The bibliography and the front matter are no subject to ask more about.
    const listed = { ...done, citations: [{ ...citation, sectionTitle: 'LIST OF REFERENCES' }] };
    expect(followUps('Which newspaper articles does the thesis cite?', listed).some((f) => /List of References/.test(f))).toBe(false);
    expect(answerView(parts('x')).answer).toBeNull();
  });

  it('explains errors: unreachable server, missing index, other failures', () => {
    expect(describeChatError(new TypeError('Failed to fetch')).kind).toBe('offline');
    const noIndex = describeChatError(new Error(JSON.stringify({ error: { kind: 'index-missing', message: 'No index found. Run `npm run ingest` to build it.' } })));
    expect(noIndex).toEqual({ kind: 'no-index', message: 'No index found. Run `npm run ingest` to build it.' });
    expect(describeChatError(new Error('The answer could not be completed.'))).toEqual({ kind: 'failed', message: 'The answer could not be completed.' });
  });
});

describe('format helpers', () => {
  it('title-cases upper-case section titles, keeping acronyms', () => {
    expect(titleCase('WAR ON DRUGS TO 9/11')).toBe('War on Drugs to 9/11');
    expect(titleCase('CONTINUED U.S. COOPERATION WITH COLOMBIA')).toBe('Continued U.S. Cooperation with Colombia');
    expect(titleCase('Cooperation and Realism')).toBe('Cooperation and Realism');
    expect(titleCase('WORLD WAR II TO THE WAR ON DRUGS')).toBe('World War II to the War on Drugs');
    expect(whereLabel({ section: null, sectionTitle: null, pages: { start: 3, end: 4 } })).toBe('Thesis · pp. 3–4');
  });

  it('finds quotes verbatim or across changed whitespace', () => {
    expect(findQuote('a  b\nc d', 'b c')).toEqual({ start: 3, end: 6 });
    expect(findQuote('abc', 'zz')).toBeNull();
    expect(findQuote('abc', undefined)).toBeNull();
  });
});
