import { describe, expect, it } from 'vitest';
import { figureRivals, rivalSentences } from '@/lib/answer/extractive/figure-rivals';
import { addFigureRivals } from '@/lib/answer/extractive/joining-sentences';
import type { Scored } from '@/lib/answer/extractive/score';
import { extractiveAnswer } from '@/lib/answer/extractive/model';
import { analyzeQuery } from '@/lib/retrieve/analyze-query';
import type { CorpusRecord } from '@/lib/types';
import { corpus as citationCorpus, record } from '../cite/fixtures';

const early = record({
  id: 'thesis:III.D:p2',
  section: 'III.D',
  text: 'In 2000, Congress approved Plan Colombia, a program designed to provide $1.3 billion to Colombia to fight drug trafficking. Most of the funds went to the Colombian military.',
});
const later = record({
  id: 'thesis:III.E:p1',
  section: 'III.E',
  text: 'By 2012, the appropriated funds for Plan Colombia totaled approximately $10 billion. The program also trained police units.',
});
const unrelated = record({ id: 'thesis:II.D:p3', section: 'II.D', text: 'In 1996, Mexico received 73 UH-1H helicopters from the United States as military aid.' });
const corpus = { chunks: [early, later, unrelated] as CorpusRecord[], acronyms: [] };

describe('figure rivals', () => {
  it('finds the sentences that state another value for the same figure', () => {
    const rivals = figureRivals(corpus);
    const other = rivalSentences(rivals, early.id, 'In 2000, Congress approved Plan Colombia, a program designed to provide $1.3 billion to Colombia to fight drug trafficking.');
    expect(other.map((o) => o.recordId)).toEqual([later.id]);
    expect(rivalSentences(rivals, unrelated.id, unrelated.text)).toEqual([]);
  });

  it('shows both amounts when the answer states one of them', () => {
    const passages = [
      { n: 1, record: early, score: 1 },
      { n: 2, record: unrelated, score: 0.5 },
      { n: 3, record: later, score: 0.4 },
    ];
    const ask = (withRivals: boolean) =>
      extractiveAnswer({
        analysis: analyzeQuery('How much money did Plan Colombia provide in 2000?', []),
        passages,
        corpus: citationCorpus,
        figureRivals: withRivals ? figureRivals(corpus) : undefined,
      }).text;
    expect(ask(true)).toContain('$1.3 billion');
    expect(ask(true)).toContain('$10 billion');
    expect(ask(false)).not.toContain('$10 billion');
  });

  it('adds every other value even when the answer already has its usual length', () => {
    const third = record({ id: 'thesis:III.C:p4', section: 'III.C', text: 'This period saw Plan Colombia, which would provide almost $8 billion through 2012 to reduce drug trafficking.' });
    const rivals = figureRivals({ chunks: [early, later, third] as CorpusRecord[], acronyms: [] });
    const passages = [early, later, third, unrelated].map((r, i) => ({ n: i + 1, record: r, score: 1 - i / 10 }));
    const sentence = (passage: number, text: string) => ({ c: { passage, text }, score: 1 }) as unknown as Scored;
    const [first, filler, tenBillion, eightBillion] = [
      sentence(1, 'In 2000, Congress approved Plan Colombia, a program designed to provide $1.3 billion to Colombia to fight drug trafficking.'),
      sentence(1, 'Most of the funds went to the Colombian military.'),
      sentence(2, 'By 2012, the appropriated funds for Plan Colombia totaled approximately $10 billion.'),
      sentence(3, third.text),
    ];
    const picks = [first, filler, sentence(4, unrelated.text)];
    addFigureRivals(picks, [first, filler, tenBillion, eightBillion], passages, rivals, 3);
    expect(picks).toContain(tenBillion);
    expect(picks).toContain(eightBillion);
  });
});
