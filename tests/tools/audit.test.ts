import { describe, expect, it } from 'vitest';
import { buildCorpus } from '@/lib/corpus/build-corpus';
import { extractSourcePages } from '@/lib/corpus/sources';
import { auditCorpus, auditMarkdown, FLAG_KINDS, type AuditFlag } from '@/lib/tools';
import { spellingVariant } from '@/lib/tools/audit/spelling';
import { citedPageRanges } from '@/lib/tools/audit/source-support';
import { AUDIT_THESIS, SMITH_TEXT } from './fixtures/audit-thesis';
import { thesisCorpus } from './helpers';
import { auditFindings, findingsAbout } from '@/lib/answer/extractive/audit-question';
import { statedFacts } from '@/lib/tools/audit/unfootnoted';

async function fixtureCorpus() {
  const pages = await extractSourcePages('smith.md', Buffer.from(SMITH_TEXT));
  return buildCorpus([{ name: 'thesis.md', text: AUDIT_THESIS }], undefined, [{ file: 'smith.md', source: 'bib:smith-2001', pages }]);
}

const ofKind = (flags: AuditFlag[], kind: AuditFlag['kind']) => flags.filter((f) => f.kind === kind);

describe('citation audit on a fixture built to trigger every flag', async () => {
  const report = auditCorpus(await fixtureCorpus());

  it('lists every footnote with its claim, sources and cited pages', () => {
    expect(report.totals).toEqual({ footnotes: 7, bibliography: 4, resolved: 6, sourceTexts: 1, checkedAgainstSources: 4 });
    expect(report.footnotes[0]).toMatchObject({ n: 1, form: 'full', claim: expect.stringMatching(/^In 2008, Congress approved/), sources: [{ id: 'bib:smith-2001', short: 'Smith 2001' }], citedPages: '12', chunkId: 'thesis:I:1', section: 'I' });
    expect(report.footnotes[3].sources.map((s) => s.id)).toEqual(['bib:doe-1999', 'bib:smith-2001']);
    expect(report.footnotes[6].sources).toEqual([]);
  });

  it('counts each kind of flag', () => {
    expect(report.counts).toEqual({
      'unresolved-footnote': 1,
      'uncited-source': 2,
      'spelling-difference': 1,
      'doubtful-ibid': 2,
      'conflicting-figures': 2,
      'weak-source-support': 3,
      'unfootnoted-claim': 1,
    });
  });

  it('flags a paragraph stating a quotation, a figure or a date with no footnote, with the statement', () => {
    const [flag] = ofKind(report.flags, 'unfootnoted-claim');
    expect(flag.title).toBe('A paragraph of §II, p. 6 states “tables make every audit easier to …” with no footnote');
    expect(flag.evidence).toEqual([
      { id: 'thesis:II:1', role: 'statement without a footnote', quote: 'One reviewer wrote that “tables make every audit easier to follow and to check.”', section: 'II', pages: { start: 6, end: 6 } },
    ]);
    // Footnoted paragraphs stating figures ("In 2008, … $2.8 billion") are not flagged.
    expect(report.flags.filter((f) => f.kind === 'unfootnoted-claim' && f.evidence.some((e) => e.quote?.includes('2008')))).toEqual([]);
    expect(statedFacts('In 2007, the U.S. gave $48 million, 80% of it “for the armed forces of the country”.')).toEqual(['2007', '$48 million', '80%', '“for the armed forces of the …”']);
  });

  it('flags the unresolved footnote and the uncited entries, linking their records', () => {
    const [unresolved] = ofKind(report.flags, 'unresolved-footnote');
    expect(unresolved).toMatchObject({ footnotes: [7] });
    expect(unresolved.evidence.map((e) => e.id)).toEqual(['thesis:II:1', 'thesis:fn:7']);
    expect(ofKind(report.flags, 'uncited-source').map((f) => f.sources[0])).toEqual(['bib:doe-2002', 'bib:zed-2005']);
  });

  it('flags author and title spellings that differ', () => {
    const [s] = ofKind(report.flags, 'spelling-difference');
    expect(s.title).toBe('Footnote 1 spells author “smyth” where the bibliography has “smith”; title “theroy” where the bibliography has “theory”');
    expect(s.evidence.map((e) => e.id)).toEqual(['thesis:I:1', 'thesis:fn:1', 'bib:smith-2001']);
    expect(spellingVariant('merida', 'mérida')).toBe(true);
    expect(spellingVariant('viceroy', 'viceroys')).toBe(false);
    expect(spellingVariant('realists', 'realism')).toBe(false);
  });

  it('flags an Ibid. across a section start and one after a table note, with both claims', () => {
    const flags = ofKind(report.flags, 'doubtful-ibid');
    expect(flags.map((f) => f.footnotes)).toEqual([
      [3, 2],
      [5, 4],
    ]);
    expect(flags[0].detail).toMatch(/crosses a section start/);
    expect(flags[1].detail).toMatch(/follows table note 4/);
    expect(flags[1].evidence.map((e) => e.id)).toEqual(['thesis:I.B:1', 'thesis:fn:5', 'thesis:table:1', 'thesis:fn:4']);
  });

  it('flags figures stated with different values, with each sentence as evidence', () => {
    const flags = ofKind(report.flags, 'conflicting-figures');
    expect(flags.map((f) => f.title).sort()).toEqual(['Alpha Initiative: amounts differ ($2.6 billion vs $2.8 billion)', 'Alpha Initiative: years differ (2007 vs 2008)']);
    const money = flags.find((f) => f.title.includes('amounts'))!;
    expect(money.evidence.map((e) => [e.id, e.role])).toEqual([
      ['thesis:I:1', 'almost $2.8 billion (Alpha Initiative)'],
      ['thesis:I.A:1', '$2.6 billion (Alpha Initiative)'],
    ]);
  });

  it("checks claims against the cited source's own text", () => {
    const six = report.footnotes.find((r) => r.n === 6)!.sourceCheck!;
    expect(six).toMatchObject({ recordId: 'source:smith:1', verdict: 'supported', label: 'Smith 2001.' });
    expect(six.quote).toMatch(/States cooperate when cooperation pays/);
    expect(ofKind(report.flags, 'weak-source-support').map((f) => f.footnotes[0])).toEqual([1, 2, 3]);
    expect(report.footnotes.find((r) => r.n === 4)!.sourceCheck).toBeNull(); // a table note has no claim sentence
  });

  it('renders Markdown with counts, flags linking to passages, and the footnote table', () => {
    const md = auditMarkdown(report);
    expect(md).toMatch(/^# Citation audit\n/);
    expect(md).toContain('| Ibid. with a doubtful antecedent | 2 |');
    expect(md).toContain('[thesis:fn:7](/passage/thesis%3Afn%3A7)');
    expect(md).toMatch(/\| 6 \| Smith shows that states cooperate when cooperation pays\. \| Smith 2001 \| 14 \| §II, p\. 5 \| supported \(1\.00, Smith 2001\) \|/);
    for (const k of FLAG_KINDS) expect(md).toMatch(new RegExp(`\\(${report.counts[k]}\\)`));
  });
});

describe('citation audit of the real thesis', () => {
  const report = auditCorpus(thesisCorpus());

  it('resolves every footnote and finds the known discrepancies on its own', () => {
    expect(report.totals).toMatchObject({ footnotes: 187, bibliography: 53, resolved: 187, sourceTexts: 0 });
    expect(report.counts).toMatchObject({ 'unresolved-footnote': 0, 'uncited-source': 0, 'doubtful-ibid': 0, 'weak-source-support': 0, 'unfootnoted-claim': 13 });
    expect(ofKind(report.flags, 'unfootnoted-claim').map((f) => f.title)).toContain('A paragraph of §II.D, p. 28 states 2007, $48 million and $2.6 billion with no footnote');
    expect(ofKind(report.flags, 'spelling-difference').map((f) => f.footnotes[0])).toEqual([35, 71, 73]);
    expect(ofKind(report.flags, 'spelling-difference')[1].title).toContain('“plans” where the bibliography has “planes”');
    const figures = ofKind(report.flags, 'conflicting-figures').map((f) => f.title);
    expect(figures).toEqual(
      expect.arrayContaining([
        'Plan Colombia: amounts differ ($1.3 billion vs $8 billion vs $10 billion)',
        'Mérida Initiative: years differ (2007 vs 2008)',
        expect.stringMatching(/^Mérida Initiative: amounts differ \(.*\$2\.6 billion vs \$2\.8 billion\)$/),
      ]),
    );
  });

  it('reads cited page ranges', () => {
    expect(citedPageRanges('396–397')).toEqual([{ start: 396, end: 397 }]);
    expect(citedPageRanges('4-5, 9')).toEqual([
      { start: 4, end: 5 },
      { start: 9, end: 9 },
    ]);
    expect(citedPageRanges('xiii')).toEqual([]);
  });
});

describe(`auditFindings (the chat's answer to "Where are the citations weak?")`, async () => {
  const corpus = await fixtureCorpus();
  const report = auditCorpus(corpus);
  const findings = auditFindings(corpus);

  it('takes one flag of each kind in turn, at the thesis sentences it concerns', () => {
    const firstRound = findings.slice(0, 6).map((f) => f.kind);
    expect(new Set(firstRound).size).toBe(firstRound.length);
    expect(firstRound).toContain('unfootnoted-claim');
    for (const f of findings) for (const l of f.lines) expect(l.recordId).toMatch(/^thesis:(?!fn:)/);
  });

  it('gives a figure conflict every sentence stating one of its values, other flags the one claim', () => {
    const conflict = findings.find((f) => f.kind === 'conflicting-figures')!;
    expect(conflict.lines.length).toBeGreaterThanOrEqual(2);
    const others = findings.filter((f) => f.kind !== 'conflicting-figures');
    expect(others.every((f) => f.lines.length === 1)).toBe(true);
  });

  it('says a paragraph has no footnote in words its sentences and the evidence hold, and answers only that when asked', () => {
    const bare = findings.find((f) => f.kind === 'unfootnoted-claim')!;
    expect(bare.note).toBe('No footnote in this paragraph for “tables make every audit easier to …”.');
    expect(findingsAbout('Which claims have no footnote?', findings)).toEqual([bare]);
    expect(findingsAbout('Which statements in Chapter II are unsourced?', findings)).toEqual([bare]);
    expect(findingsAbout('Which claims in Chapter I lack a citation?', findings)).toEqual([]);
    expect(findingsAbout('Where are the citations weak?', findings).length).toBe(findings.length);
  });

  it('leaves out flags with no sentence in the thesis body (a bibliography entry never cited)', () => {
    const uncited = report.flags.filter((f) => f.kind === 'uncited-source').map((f) => `${f.title}.`);
    expect(findings.some((f) => uncited.includes(f.note))).toBe(false);
  });
});
