/**
 * npm run tune:answers [-- --rounds 2]: coordinate ascent over the extractive answerer's scoring
 * weights and abstention threshold on the tuning sets (never the held-out set). Each set counts
 * equally; a question scores when it is answered correctly, or abstained on when unanswerable.
 * Retrieval runs once per question; only the answerer is re-run per setting. Prints the best
 * setting found, for copying into DEFAULT_WEIGHTS / DEFAULT_PLAN by hand.
 */
import { parseArgs } from 'node:util';
import { prepareAnswer } from '../lib/answer/answer-question';
import { extractiveAnswer, type ExtractiveInput } from '../lib/answer/extractive/model';
import { DEFAULT_PLAN } from '../lib/answer/extractive/plan';
import { DEFAULT_WEIGHTS, type ScoreWeights } from '../lib/answer/extractive/score';
import { getConfig } from '../lib/config';
import { answerMatches } from '../lib/eval/answer-metrics';
import { loadQuestionSets, type EvalQuestion } from '../lib/eval/questions';
import { loadStore } from '../lib/index/load-store';

const TUNING_SETS = new Set(['dev', 'questions', 'questions-b', 'questions-c', 'questions-e']);
const FACTORS = [0, 0.5, 0.75, 1.25, 1.5, 2];
const ZERO_TRIALS = [0.05, 0.1, 0.2, 0.3];
const THRESHOLDS = [0.1, 0.125, 0.15, 0.175, 0.2, 0.25];

interface Prepared {
  set: string;
  q: EvalQuestion;
  input: ExtractiveInput;
}

interface Setting {
  weights: ScoreWeights;
  abstainBelow: number;
}

function correct(p: Prepared, s: Setting): boolean {
  const r = extractiveAnswer({ ...p.input, options: { weights: s.weights, abstainBelow: s.abstainBelow } });
  if (p.q.abstain) return r.plan.abstain;
  return !r.plan.abstain && answerMatches(r.text, p.q.answer_any, p.q.answer_all);
}

/** Mean over sets of the share of questions handled correctly. */
function objective(prepared: Prepared[], s: Setting): number {
  const bySet = new Map<string, [number, number]>();
  for (const p of prepared) {
    const [ok, n] = bySet.get(p.set) ?? [0, 0];
    bySet.set(p.set, [ok + (correct(p, s) ? 1 : 0), n + 1]);
  }
  const shares = [...bySet.values()].map(([ok, n]) => ok / n);
  return shares.reduce((a, b) => a + b, 0) / shares.length;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { rounds: { type: 'string', default: '2' } } });
  const config = getConfig();
  const store = await loadStore(config.dataDir, config.EMBEDDING_MODEL);
  const prepared: Prepared[] = [];
  for (const set of loadQuestionSets().filter((s) => TUNING_SETS.has(s.name))) {
    for (const q of set.questions) prepared.push({ set: set.name, q, input: (await prepareAnswer(store, q.q, { llm: null })).extractiveInput });
  }
  let best: Setting = { weights: { ...DEFAULT_WEIGHTS }, abstainBelow: DEFAULT_PLAN.abstainBelow };
  let bestScore = objective(prepared, best);
  console.log(`current defaults: ${bestScore.toFixed(4)}`);
  for (let round = 0; round < Number(values.rounds); round++) {
    for (const key of Object.keys(best.weights) as (keyof ScoreWeights)[]) {
      // Multiples of the default; a weight that defaults to 0 tries small absolute values instead.
      const values = DEFAULT_WEIGHTS[key] === 0 ? ZERO_TRIALS : FACTORS.map((f) => +(DEFAULT_WEIGHTS[key] * f).toFixed(3));
      for (const value of values) {
        const trial: Setting = { ...best, weights: { ...best.weights, [key]: value } };
        const score = objective(prepared, trial);
        if (score > bestScore + 1e-9) {
          [best, bestScore] = [trial, score];
          console.log(`  ${key} = ${trial.weights[key]}: ${score.toFixed(4)}`);
        }
      }
    }
    for (const abstainBelow of THRESHOLDS) {
      const score = objective(prepared, { ...best, abstainBelow });
      if (score > bestScore + 1e-9) {
        [best, bestScore] = [{ ...best, abstainBelow }, score];
        console.log(`  abstainBelow = ${abstainBelow}: ${score.toFixed(4)}`);
      }
    }
  }
  console.log(`best: ${bestScore.toFixed(4)}\n${JSON.stringify(best, null, 2)}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
