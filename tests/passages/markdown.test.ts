import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Markdown } from '@/app/components/markdown';
import { parseMarkdown, withMarks } from '@/app/components/markdown/parse';
import { safeHref } from '@/app/components/markdown/inline';

const html = (text: string, extra: object = {}) => renderToStaticMarkup(createElement(Markdown, { text, ...extra }));

describe('parseMarkdown', () => {
  it('parses emphasis, strong, code and escapes', () => {
    expect(parseMarkdown('A *book* and **bold** `x` \\*not\\*')).toEqual([
      {
        type: 'p',
        children: [
          { type: 'text', text: 'A ' },
          { type: 'em', children: [{ type: 'text', text: 'book' }] },
          { type: 'text', text: ' and ' },
          { type: 'strong', children: [{ type: 'text', text: 'bold' }] },
          { type: 'text', text: ' ' },
          { type: 'code', text: 'x' },
          { type: 'text', text: ' *not*' },
        ],
      },
    ]);
  });

  it('leaves snake_case and unclosed emphasis (mid-stream) as text', () => {
    expect(parseMarkdown('snake_case_name and *open')).toEqual([{ type: 'p', children: [{ type: 'text', text: 'snake_case_name and *open' }] }]);
  });

  it('reads [n] as citations only when asked', () => {
    expect(parseMarkdown('Claim.[1][2]', { citations: true })[0]).toEqual({
      type: 'p',
      children: [{ type: 'text', text: 'Claim.' }, { type: 'cite', n: 1 }, { type: 'cite', n: 2 }],
    });
    expect(parseMarkdown('Claim.[1]')[0]).toEqual({ type: 'p', children: [{ type: 'text', text: 'Claim.[1]' }] });
  });

  it('reads superscript footnote markers', () => {
    expect(parseMarkdown('occasions.³⁵ The')[0]).toEqual({
      type: 'p',
      children: [{ type: 'text', text: 'occasions.' }, { type: 'fnref', n: 35 }, { type: 'text', text: ' The' }],
    });
  });

  it('parses lists, headings, quotes, code and tab tables', () => {
    const blocks = parseMarkdown('# Title\n\n- one\n- two\n\n1. a\n2. b\n\n> quoted\n\n```\n<b>\n```\n\n\tA\tB\nRow\tYes\tNo');
    expect(blocks.map((b) => b.type)).toEqual(['heading', 'list', 'list', 'quote', 'code', 'table']);
    expect(blocks[5]).toMatchObject({ type: 'table', rows: [[[], [{ text: 'A' }], [{ text: 'B' }]], [[{ text: 'Row' }], [{ text: 'Yes' }], [{ text: 'No' }]]] });
  });

  it('makes links only for safe URLs', () => {
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('//evil.example')).toBeNull();
    expect(safeHref('https://nps.edu')).toBe('https://nps.edu');
    expect(parseMarkdown('[x](javascript:alert(1))')[0]).toEqual({ type: 'p', children: [{ type: 'text', text: '[x](javascript:alert(1))' }] });
    expect(parseMarkdown('See <https://www.nytimes.com/>.')[0]).toMatchObject({ children: [{ text: 'See ' }, { type: 'link', href: 'https://www.nytimes.com/' }, { text: '.' }] });
    expect(parseMarkdown('at https://example.org/a.')[0]).toMatchObject({ children: [{ text: 'at ' }, { type: 'link', href: 'https://example.org/a' }, { text: '.' }] });
  });

  it('highlights ranges across inline nodes', () => {
    const text = 'Before *the quote* after.';
    const blocks = parseMarkdown(withMarks(text, [{ start: 7, end: 18 }]));
    expect(blocks[0]).toEqual({
      type: 'p',
      children: [
        { type: 'text', text: 'Before ' },
        { type: 'em', children: [{ type: 'text', text: 'the quote', marked: true }] },
        { type: 'text', text: ' after.' },
      ],
    });
  });

  it('merges overlapping marks and ignores bad ranges', () => {
    expect(withMarks('abcdef', [{ start: 3, end: 5 }, { start: 1, end: 4 }, { start: 4, end: 99 }])).toBe('a\uE000bcd\uE001\uE000e\uE001f');
  });
});

describe('<Markdown>', () => {
  it('never renders raw HTML from the text', () => {
    const out = html('<script>alert(1)</script> <img src=x onerror=alert(1)> **<b>x</b>**');
    expect(out).not.toContain('<script>');
    expect(out).not.toContain('<img');
    expect(out).toContain('&lt;script&gt;');
  });

  it('renders citations, marks and external links', () => {
    const out = html('One.[1] Two.', { renderCitation: (n: number) => createElement('sup', null, `c${n}`), marks: [{ start: 8, end: 12 }], markClassName: 'u' });
    expect(out).toBe('<div class="md"><p>One.<sup>c1</sup> <mark class="u">Two.</mark></p></div>');
    expect(html('<https://a.example/>')).toContain('rel="noopener noreferrer nofollow"');
  });
});
