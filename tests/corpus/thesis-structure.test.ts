import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseThesis, parseToc } from '@/lib/corpus';
import { cleanDisplayText } from '@/lib/corpus/normalize';
import { stripMarkers } from '@/lib/corpus/superscript';

const TEXT = readFileSync('corpus/thesis.md', 'utf8');
const thesis = parseThesis(TEXT);

/** id → [start, end] as derived from the TOC (end: next entry's start page, or next chapter − 1 − blank page). */
const EXPECTED_PAGES: Record<string, [number, number]> = {
  I: [1, 13],
  'I.A': [4, 8],
  'I.A.1': [5, 6],
  'I.A.2': [6, 7],
  'I.A.3': [7, 8],
  'I.B': [8, 11],
  'I.B.1': [9, 9],
  'I.B.2': [9, 10],
  'I.B.3': [10, 11],
  'I.C': [11, 12],
  'I.D': [12, 13],
  II: [15, 37],
  'II.A': [15, 17],
  'II.B': [17, 19],
  'II.C': [19, 23],
  'II.D': [23, 28],
  'II.E': [28, 35],
  'II.F': [35, 36],
  'II.G': [36, 37],
  III: [39, 58],
  'III.A': [39, 41],
  'III.B': [41, 44],
  'III.C': [44, 48],
  'III.D': [48, 53],
  'III.E': [53, 56],
  'III.F': [56, 58],
  'III.G': [58, 58],
  IV: [59, 68],
  'IV.A': [62, 65],
  'IV.A.1': [62, 64],
  'IV.A.2': [64, 65],
  'IV.B': [65, 66],
  'IV.C': [66, 68],
  'IV.D': [68, 68],
};

describe('thesis structure (real thesis)', () => {
  it('parses in well under a second', () => {
    const t0 = performance.now();
    parseThesis(TEXT);
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it('reads the front matter', () => {
    expect(thesis.meta.title).toBe("COMBATING DRUG TRAFFICKING: VARIATION IN THE UNITED STATES' MILITARY COOPERATION WITH COLOMBIA AND MEXICO");
    expect(thesis.meta.author).toBe('Brian S. Curry');
    expect(thesis.meta.date).toBe('June 2017');
    expect(thesis.meta.degree).toBe('MASTER OF ARTS IN SECURITY STUDIES (WESTERN HEMISPHERE)');
    expect(thesis.meta.advisors).toEqual([
      { name: 'Diego Esparza, Ph.D.', role: 'Thesis Advisor' },
      { name: 'Thomas C. Bruneau, Ph.D.', role: 'Second Reader' },
      { name: 'Mohammed M. Hafez, Ph.D.', role: 'Chair, Department of National Security Affairs' },
    ]);
    expect(thesis.meta.abstract).toMatch(/^The U\.S\. military cooperates more with the Colombian military/);
    expect(thesis.meta.abstract).toMatch(/agreements to solidify those relationships\.$/);
  });

  it('reads the TOC including the unnumbered entries', () => {
    const toc = parseToc(TEXT);
    expect(toc.filter((e) => e.kind === 'section')).toHaveLength(34);
    expect(toc.filter((e) => e.kind === 'matter').map((e) => [e.title, e.page])).toEqual([
      ['LIST OF REFERENCES', 69],
      ['INITIAL DISTRIBUTION LIST', 75],
    ]);
  });

  it('gives every section its id, title, parent and page range', () => {
    expect(Object.fromEntries(thesis.sections.map((s) => [s.id, [s.pages.start, s.pages.end]]))).toEqual(EXPECTED_PAGES);
    const e = thesis.sections.find((s) => s.id === 'II.E')!;
    expect(e).toMatchObject({ chapter: 'II', letter: 'E', number: null, level: 2, title: '9/11 TO THE PRESENT', parent: 'II' });
    expect(thesis.sections.find((s) => s.id === 'I.A.2')).toMatchObject({ level: 3, number: 2, parent: 'I.A', title: 'Cooperation and Liberalism' });
    expect(thesis.sections.find((s) => s.id === 'IV')).toMatchObject({ level: 1, parent: null, title: 'CONCLUSION AND ANALYSIS' });
  });

  it('finds no contradiction between TOC pages and the page breaks counted in the body', () => {
    expect(thesis.warnings).toEqual([]);
  });

  it('reads the acronyms and the acknowledgments', () => {
    expect(thesis.acronyms).toHaveLength(28);
    expect(thesis.acronyms).toContainEqual({ short: 'AOR', long: 'Area of Responsibility' });
    expect(thesis.acronyms).toContainEqual({ short: 'SEMAR', long: 'Mexican Navy Secretariat' });
    expect(thesis.acronyms.at(-1)).toEqual({ short: 'WHINSC', long: 'Western Hemisphere Institute for Security Cooperation' });
    expect(thesis.acknowledgments).toHaveLength(3);
  });

  it('keeps body paragraphs in reading order, in their section, within its pages', () => {
    expect(thesis.paragraphs).toHaveLength(126);
    expect(thesis.paragraphs[0].section).toBe('I');
    expect(thesis.paragraphs[0].text).toMatch(/^On March 10, 2016, Admiral Kurt W\. Tidd/);
    expect(thesis.paragraphs.at(-1)!.section).toBe('IV.D');
    for (const p of thesis.paragraphs) {
      const own = thesis.ownPages.get(p.section!)!;
      expect(p.pages!.start).toBeGreaterThanOrEqual(own.start);
      expect(p.pages!.end).toBeLessThanOrEqual(own.end);
      expect(p.pages!.start).toBeLessThanOrEqual(p.pages!.end);
    }
    // before I.A: chapter I's own text; none of the acknowledgments
    expect(thesis.paragraphs.filter((p) => p.section === 'I')).toHaveLength(6);
    expect(thesis.paragraphs.some((p) => /I thank my wife/.test(p.text))).toBe(false);
  });

  it('rejoins a paragraph cut by a footnote block at a page break', () => {
    const joined = thesis.paragraphs.filter((p) => p.text.includes('In 2008, Congress'));
    expect(joined).toHaveLength(1);
    expect(joined[0].text).toContain('In 2008, Congress approved a bilateral security cooperation agreement with Mexico, called the Mérida Initiative.');
    expect(joined[0].footnotes).toEqual([10, 11]);
    expect(joined[0].pages).toEqual({ start: 3, end: 4 });
    expect(thesis.paragraphs.some((p) => /^approved a bilateral/.test(p.text))).toBe(false);
  });

  it('rejoins cuts without a footnote block, hyphenated words and quotations left open at the break', () => {
    expect(thesis.paragraphs.some((p) => p.text.includes('encouraging because it builds individual relationships'))).toBe(true);
    expect(thesis.paragraphs.some((p) => p.text.includes('selling their anti-communist rhetoric'))).toBe(true);
    expect(thesis.paragraphs.some((p) => p.text.includes('flies from the United States into Mexico. U.S. interceptor aircraft'))).toBe(true);
    for (const p of thesis.paragraphs) expect(stripMarkers(p.text)).toMatch(/[.?!]["”’)]*$/);
  });

  it('drops blank-page markers and unescapes dollars in display text', () => {
    expect(thesis.paragraphs.some((p) => /INTENTIONALLY LEFT BLANK/.test(p.text))).toBe(false);
    expect(thesis.paragraphs.some((p) => p.text.includes('\\$'))).toBe(false);
    expect(thesis.paragraphs.some((p) => p.text.includes('approximately $10 billion'))).toBe(true);
  });

  it('loses no body line: each is a heading, a paragraph part, a footnote, a table line or a blank page', () => {
    const lines = TEXT.split('\n');
    const start = lines.indexOf('I. INTRODUCTION', 150);
    const end = lines.indexOf('LIST OF REFERENCES', start);
    const paragraphs = thesis.paragraphs.map((p) => p.text).join('\n');
    const footnotes = thesis.footnotes.map((f) => f.text);
    const tableLines = thesis.tables.flatMap((t) => [t.caption, ...t.lines]);
    const headings = new Set(thesis.toc.map((e) => (e.label ? `${e.label}. ${e.title}` : e.title)));
    const lost = lines.slice(start, end).filter((raw) => {
      const line = cleanDisplayText(raw.trim());
      if (!line || line === 'THIS PAGE INTENTIONALLY LEFT BLANK' || headings.has(line)) return false;
      if (paragraphs.includes(line) || tableLines.includes(cleanDisplayText(raw.trimEnd()))) return false;
      return !footnotes.some((f) => line.endsWith(f));
    });
    expect(lost).toEqual([]);
  });
});
