import { splitSentences } from '@/lib/corpus/sentences';
import type { Corpus, CorpusRecord, Paragraph } from '@/lib/types';
import { where } from './markdown';
import { listed } from '@/lib/cite/label';
import type { AuditFlag } from './types';

/** What a reader would check against a source: a sum, a share, a large count, a year, a quotation. */
const FACT = /\$\s?\d[\d,.]*(?:\s(?:million|billion|trillion))?|\b\d[\d.]*\s?(?:%|percent)|\b\d{1,3}(?:,\d{3})+\b|\b(?:1[6-9]\d\d|20[0-2]\d)\b|“[^”]{25,}”/g;

/** Statements quoted as evidence per flag. */
const MAX_EVIDENCE = 3;

/** Words of a quotation named as a fact. */
const QUOTE_WORDS = 6;

/** The facts a sentence states ("2007", "$48 million", a quotation by its opening words), in order. */
export function statedFacts(sentence: string): string[] {
  return [...sentence.matchAll(FACT)].map((m) => {
    if (!m[0].startsWith('“')) return m[0];
    const words = m[0].slice(1, -1).split(/\s+/);
    return `“${words.slice(0, QUOTE_WORDS).join(' ')}${words.length > QUOTE_WORDS ? ' …' : ''}”`;
  });
}

/** The facts of some sentences, each once, at most three. */
export function factsOf(sentences: string[]): string[] {
  return [...new Set(sentences.flatMap(statedFacts))].slice(0, 3);
}

/**
 * A paragraph of the thesis body stating figures, dates or quotations with no footnote anywhere in
 * it: the claims a reader cannot trace to a source. Paragraphs are as the thesis prints them; a
 * claim footnoted in the next paragraph is still flagged here, for a reader to judge.
 */
export function unfootnotedFlags(corpus: Corpus): AuditFlag[] {
  const passages = corpus.chunks.filter((r) => r.kind === 'passage' && r.doc === 'thesis' && r.section);
  const flags: AuditFlag[] = [];
  for (const p of corpus.paragraphs) {
    if (!p.section || p.footnotes.length) continue;
    const stating = splitSentences(p.text)
      .map((s) => s.text.trim())
      .filter((s) => statedFacts(s).length);
    if (!stating.length) continue;
    const facts = factsOf(stating.slice(0, MAX_EVIDENCE));
    flags.push({
      kind: 'unfootnoted-claim',
      title: `A paragraph of ${where(p.section, p.pages)} states ${listed(facts)} with no footnote`,
      detail: `No sentence of the paragraph carries a footnote marker; ${stating.length === 1 ? 'one of its sentences states' : `${stating.length} of its sentences state`} a figure, a date or a quotation.`,
      footnotes: [],
      sources: [],
      evidence: stating.slice(0, MAX_EVIDENCE).map((quote) => ({
        id: recordOf(quote, p, passages) ?? `thesis:${p.section}`,
        role: 'statement without a footnote',
        quote,
        section: p.section,
        pages: p.pages,
      })),
    });
  }
  return flags;
}

function recordOf(sentence: string, p: Paragraph, passages: CorpusRecord[]): string | undefined {
  return passages.find((r) => r.section === p.section && r.text.includes(sentence))?.id;
}
