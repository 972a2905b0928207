import { describe, expect, it } from 'vitest';
import { stem } from '@/lib/retrieve/tokenize';
import { questionTerms, type TermStats } from '@/lib/retrieve/question-terms';
import { analyzeQuery } from '@/lib/retrieve/analyze-query';
import { bestSentenceCoverage, rerankByCoverage } from '@/lib/retrieve/rerank-coverage';
import { sentenceBags } from '@/lib/retrieve/sentence-bags';
import type { CorpusRecord } from '@/lib/types';

function rec(id: string, text: string, kind: CorpusRecord['kind'] = 'passage', sectionTitle = 'WORLD WAR II'): CorpusRecord {
  return { id, kind, doc: 'thesis', section: 'II.C', sectionTitle, pages: null, text, searchText: text, footnotes: [], order: 0 };
}

const uniform: TermStats = { idf: () => 1, df: () => 1 };
const q = (text: string) => questionTerms(analyzeQuery(text, []), uniform);

describe('sentenceBags', () => {
  it('splits a passage into sentences, read with their neighbours and the section title', () => {
    const bags = sentenceBags(rec('p1', 'Mexico sold oil to Germany. Then German submarines sank two tankers. Mexico declared war on the Axis.'));
    expect(bags.sentences).toHaveLength(3);
    expect(bags.neighbours).toBe(true);
    expect(bags.sentences[1].terms.has('oil')).toBe(false);
    expect(bags.sentences[0].terms.has('oil')).toBe(true);
    expect(bags.title.terms.has('world')).toBe(true);
  });

  it('reads a table’s rows with the table title and column names; bibliography entries have none', () => {
    const table = rec('t2', 'Table 2. Reasons for Cooperation\n\tCooperation\tReason\nPrior to WWII:\tNone\tSovereignty fears.', 'table');
    const { sentences, neighbours } = sentenceBags(table);
    expect(neighbours).toBe(false);
    for (const t of ['reason', 'cooperation', 'sovereignty', 'none', 'ii'].map(stem)) expect(sentences[0].terms.has(t)).toBe(true);
    expect(sentenceBags(rec('b1', 'Turbiville, Graham. Mexico’s Evolving Security Posture. 2010.', 'bibliography')).sentences).toEqual([]);
  });
});

describe('bestSentenceCoverage', () => {
  it('credits a sentence with what its neighbours say, for the window share only', () => {
    const r = rec('p2', 'German submarines sank two Mexican tankers in 1942. Mexico then declared war on the Axis powers.');
    const question = q('Why did Mexico declare war after submarines sank its tankers?');
    const alone = bestSentenceCoverage(r, question, undefined, 1);
    const withNeighbours = bestSentenceCoverage(r, question, undefined, 0);
    expect(withNeighbours).toBeGreaterThan(alone);
    expect(withNeighbours).toBeLessThanOrEqual(1);
  });
});

describe('reason bonus for why-questions', () => {
  const question = q('Why did Mexico declare war on Germany?');
  const bare = rec('bare', 'Mexico declared war on Germany in May 1942 after months of debate.');
  const reasoned = rec('reasoned', 'Mexico declared war on Germany because German submarines sank its tankers.');

  it('credits a sentence that gives a reason only when asked why', () => {
    expect(bestSentenceCoverage(reasoned, question, undefined, 0.5, 0.2)).toBeGreaterThan(bestSentenceCoverage(reasoned, question, undefined, 0.5, 0));
    expect(bestSentenceCoverage(bare, question, undefined, 0.5, 0.2)).toBe(bestSentenceCoverage(bare, question, undefined, 0.5, 0));
    const hits = [
      { record: bare, score: 1.0 },
      { record: reasoned, score: 0.97 },
    ];
    expect(rerankByCoverage(hits, question, undefined, undefined, true)[0].record.id).toBe('reasoned');
    expect(rerankByCoverage(hits, question, undefined, undefined, false)[0].record.id).toBe('bare');
  });
});

describe('rerankByCoverage', () => {
  const spread = rec('spread', 'Mexico had oil. Many years later, tankers went to Germany. The war in Europe went on. Submarines were everywhere.');
  const focused = rec('focused', 'German submarines sank Mexican oil tankers, and Mexico declared war on Germany in 1942.');
  const question = q('Why did Mexico declare war after German submarines sank its oil tankers?');

  it('scores the record with one sentence saying most of the question higher', () => {
    expect(bestSentenceCoverage(focused, question, undefined, 0.5)).toBeGreaterThan(bestSentenceCoverage(spread, question, undefined, 0.5));
  });

  it('moves such a record above a slightly better fused score, and leaves the order alone at weight 0', () => {
    const hits = [
      { record: spread, score: 1.0 },
      { record: focused, score: 0.9 },
    ];
    expect(rerankByCoverage(hits, question, undefined).map((h) => h.record.id)).toEqual(['focused', 'spread']);
    expect(rerankByCoverage(hits, question, undefined, { weight: 0, sentenceShare: 0.5, reasonBonus: 0 }).map((h) => h.record.id)).toEqual(['spread', 'focused']);
  });

  it('does not overturn a much stronger fused score', () => {
    const hits = [
      { record: spread, score: 3.0 },
      { record: focused, score: 0.5 },
    ];
    expect(rerankByCoverage(hits, question, undefined).map((h) => h.record.id)).toEqual(['spread', 'focused']);
  });
});
