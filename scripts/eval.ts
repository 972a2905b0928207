/** npm run eval [-- --set heldout] [--misses] [--json]: retrieval quality per set, category and mode. */
import { parseArgs } from 'node:util';
import { getConfig } from '../lib/config';
import { normalizeForMatch } from '../lib/corpus/normalize';
import { loadQuestionSets } from '../lib/eval/questions';
import { byCategory, firstHitRank, type RankedOutcome, type RetrievalMetrics } from '../lib/eval/retrieval-metrics';
import { loadStore } from '../lib/index/load-store';
import { searchRecords, type RetrievalMode } from '../lib/retrieve/search';

const MODES: RetrievalMode[] = ['lexical', 'dense', 'hybrid'];

function fmt(m: RetrievalMetrics): string {
  return [m.hit1, m.hit5, m.hit10, m.mrr10].map((x) => x.toFixed(2).padStart(6)).join('') + `${String(m.n).padStart(5)}`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { set: { type: 'string' }, misses: { type: 'boolean', default: false }, json: { type: 'boolean', default: false } },
  });
  const config = getConfig();
  const store = await loadStore(config.dataDir, config.EMBEDDING_MODEL);
  const sets = loadQuestionSets().filter((s) => !values.set || s.name === values.set);
  const report: Record<string, Record<string, Record<string, RetrievalMetrics>>> = {};
  for (const set of sets) {
    const answerable = set.questions.filter((q) => q.gold && !q.abstain);
    // A set of near misses only has nothing to retrieve.
    if (!answerable.length) continue;
    report[set.name] = {};
    for (const mode of MODES) {
      const outcomes: RankedOutcome[] = [];
      for (const q of answerable) {
        const { hits } = await searchRecords(store, q.q, { k: 10, mode });
        const rank = firstHitRank(hits.map((h) => h.record.text), q.gold!, normalizeForMatch);
        outcomes.push({ cat: q.cat, rank });
        if (values.misses && mode === 'hybrid' && (rank === null || rank > 5)) {
          console.log(`  miss [${set.name}/${q.id}] rank=${rank ?? '-'} ${q.q}\n      gold: ${q.gold}\n      top: ${hits[0]?.record.id}`);
        }
      }
      report[set.name][mode] = Object.fromEntries(byCategory(outcomes));
    }
  }
  if (values.json) {
    console.log(JSON.stringify(report, null, 2));
    return;
  }
  for (const [setName, modes] of Object.entries(report)) {
    console.log(`\n== ${setName} ==`);
    console.log(`${'category'.padEnd(14)}${'mode'.padEnd(9)}  hit@1 hit@5 hit@10 MRR@10   n`);
    for (const cat of Object.keys(modes.hybrid)) {
      for (const mode of MODES) console.log(`${(mode === 'lexical' ? cat : '').padEnd(14)}${mode.padEnd(9)}${fmt(modes[mode][cat])}`);
    }
  }
}

main().catch((err) => {
  console.error(err?.message ?? err);
  process.exit(1);
});
