/**
 * npm run tune: sweeps chunk sizes, fusion, related-term and re-ranking settings on the tuning sets (never the held-out set)
 * and prints hybrid hit@5 / MRR@10 per setting, so defaults are chosen from figures.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { normalizeForMatch } from '../lib/corpus/normalize';
import { loadQuestionSets } from '../lib/eval/questions';
import { firstHitRank, summarize, type RankedOutcome } from '../lib/eval/retrieval-metrics';
import { runIngest } from '../lib/ingest/run-ingest';
import { loadStore, type Store } from '../lib/index/load-store';
import { DEFAULT_BOOSTS, type BoostWeights } from '../lib/retrieve/match-boosts';
import { DEFAULT_FUSION, type FusionOptions } from '../lib/retrieve/rank-hybrid';
import { searchRecords } from '../lib/retrieve/search';
import { DEFAULT_RELATED, type RelatedOptions } from '../lib/retrieve/related-terms';
import { DEFAULT_COVERAGE_RERANK, type CoverageRerankOptions } from '../lib/retrieve/rerank-coverage';

const TUNING_SETS = new Set(['dev', 'questions', 'questions-b', 'questions-c', 'questions-e']);

async function evaluate(
  store: Store,
  fusion: FusionOptions,
  boosts: BoostWeights,
  related: RelatedOptions = DEFAULT_RELATED,
  rerank: CoverageRerankOptions = DEFAULT_COVERAGE_RERANK,
): Promise<string> {
  const qs = loadQuestionSets().filter((s) => TUNING_SETS.has(s.name)).flatMap((s) => s.questions).filter((q) => q.gold && !q.abstain);
  const outcomes: RankedOutcome[] = [];
  for (const q of qs) {
    const { hits } = await searchRecords(store, q.q, { k: 10, fusion, boosts, related, rerank });
    outcomes.push({ cat: q.cat, rank: firstHitRank(hits.map((h) => h.record.text), q.gold!, normalizeForMatch) });
  }
  const m = summarize(outcomes);
  return `hit@1 ${m.hit1.toFixed(3)} hit@5 ${m.hit5.toFixed(3)} MRR@10 ${m.mrr10.toFixed(3)}`;
}

async function main(): Promise<void> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'footnote-tune-'));
  try {
    for (const [target, max, min] of [[80, 130, 30], [120, 200, 50], [160, 250, 60], [200, 300, 80]]) {
      const dataDir = path.join(root, `c${target}`);
      await runIngest({ corpusDir: 'corpus', dataDir, model: 'glove-sif-100d', chunkOptions: { targetWords: target, maxWords: max, minWords: min } });
      const store = await loadStore(dataDir);
      console.log(`chunks target ${target}/max ${max}/min ${min}: ${await evaluate(store, DEFAULT_FUSION, DEFAULT_BOOSTS)}`);
    }
    const dataDir = path.join(root, 'default');
    await runIngest({ corpusDir: 'corpus', dataDir, model: 'glove-sif-100d' });
    const store = await loadStore(dataDir);
    for (const weight of [0, 0.3, 0.5, 0.8, 1.2]) {
      for (const sentenceShare of [0, 0.5, 1]) {
        const r = { ...DEFAULT_COVERAGE_RERANK, weight, sentenceShare };
        console.log(`coverage rerank ${JSON.stringify(r)}: ${await evaluate(store, DEFAULT_FUSION, DEFAULT_BOOSTS, DEFAULT_RELATED, r)}`);
      }
    }
    for (const reasonBonus of [0, 0.1, 0.2, 0.35]) {
      const r = { ...DEFAULT_COVERAGE_RERANK, reasonBonus };
      console.log(`coverage rerank ${JSON.stringify(r)}: ${await evaluate(store, DEFAULT_FUSION, DEFAULT_BOOSTS, DEFAULT_RELATED, r)}`);
    }
    for (const minSimilarity of [0.5, 0.55, 0.6, 0.7]) {
      for (const weight of [0.25, 0.4, 0.6]) {
        for (const perWord of [2, 3, 5]) {
          const r = { minSimilarity, weight, perWord };
          console.log(`related ${JSON.stringify(r)}: ${await evaluate(store, DEFAULT_FUSION, DEFAULT_BOOSTS, r)}`);
        }
      }
    }
    for (const lexicalWeight of [0.4, 0.5, 0.6, 0.7, 0.8]) {
      console.log(`weighted lexical ${lexicalWeight}: ${await evaluate(store, { ...DEFAULT_FUSION, mode: 'weighted', lexicalWeight }, DEFAULT_BOOSTS)}`);
    }
    for (const sentenceShare of [0, 0.3, 0.5, 0.7]) {
      for (const lexicalWeight of [0.5, 0.6, 0.7]) {
        console.log(`sentenceShare ${sentenceShare} lexical ${lexicalWeight}: ${await evaluate(store, { ...DEFAULT_FUSION, lexicalWeight, sentenceShare }, DEFAULT_BOOSTS)}`);
      }
    }
    for (const rrfK of [10, 30, 60]) console.log(`rrf k=${rrfK}: ${await evaluate(store, { ...DEFAULT_FUSION, mode: 'rrf', rrfK }, DEFAULT_BOOSTS)}`);
    const zero: BoostWeights = { year: 0, period: 0, number: 0, phrase: 0, name: 0, kindPrior: 0, structuralFactor: 1, outsidePart: 1, namedTable: 0 };
    console.log(`no boosts: ${await evaluate(store, DEFAULT_FUSION, zero)}`);
    for (const f of [0.6, 0.7, 1]) console.log(`structuralFactor ${f}: ${await evaluate(store, DEFAULT_FUSION, { ...DEFAULT_BOOSTS, structuralFactor: f })}`);
    for (const f of [0.35, 0.5, 0.7, 1]) console.log(`outsidePart ${f}: ${await evaluate(store, DEFAULT_FUSION, { ...DEFAULT_BOOSTS, outsidePart: f })}`);
    for (const key of Object.keys(zero) as (keyof BoostWeights)[]) {
      if (key === 'structuralFactor' || key === 'outsidePart') continue;
      console.log(`only without ${key}: ${await evaluate(store, DEFAULT_FUSION, { ...DEFAULT_BOOSTS, [key]: 0 })}`);
      console.log(`${key} doubled: ${await evaluate(store, DEFAULT_FUSION, { ...DEFAULT_BOOSTS, [key]: DEFAULT_BOOSTS[key] * 2 })}`);
    }
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
