/**
 * npx tsx scripts/eval-answers.ts [--set dev] [--misses] [--json] [--llm] [--sweep]
 * Answer quality per question set: answer accuracy, abstention on answerable and unanswerable
 * questions, citation validity, lexical citation recall/precision, and cite_any hit rate.
 * Extractive by default; --llm uses the configured LLM_PROVIDER. --sweep prints abstention
 * accuracy over a range of thresholds (used to calibrate the extractive abstention threshold).
 */
import { parseArgs } from 'node:util';
import { answerQuestion, prepareAnswer } from '../lib/answer/answer-question';
import { extractiveAnswer } from '../lib/answer/extractive/model';
import { DEFAULT_PLAN } from '../lib/answer/extractive/plan';
import type { Citation } from '../lib/cite/types';
import { normalizeForMatch } from '../lib/corpus/normalize';
import { getConfig } from '../lib/config';
import {
  answerMatches,
  citationsValid,
  citesAny,
  quoteInRecord,
  summarizeAnswers,
  verbatimChecker,
  type AnswerMetrics,
  type AnswerOutcome,
} from '../lib/eval/answer-metrics';
import { loadQuestionSets, type EvalQuestion } from '../lib/eval/questions';
import { firstHitRank } from '../lib/eval/retrieval-metrics';
import { loadStore, type Store } from '../lib/index/load-store';
import { readCorpusDir } from '../lib/ingest/read-corpus-dir';

const pct = (x: number | null) => (x === null ? '   -' : `${(100 * x).toFixed(0).padStart(3)}%`);

function printMetrics(name: string, m: AnswerMetrics): void {
  console.log(`\n== ${name} (${m.answerable} answerable, ${m.unanswerable} unanswerable) ==`);
  console.log(`answer accuracy                    ${pct(m.accuracy)}`);
  console.log(`answered when answerable           ${pct(m.abstentionCorrectAnswerable)}  (${m.abstainOnAnswerable} abstained)`);
  console.log(`abstained when unanswerable        ${pct(m.abstentionCorrectUnanswerable)}`);
  console.log(`citation validity                  ${pct(m.validity)}`);
  console.log(`citation recall / precision        ${pct(m.recall)} / ${pct(m.precision)}`);
  console.log(`cite_any: cited footnotes name it  ${pct(m.citeAnyHit)}  (n=${m.citeAnyN})`);
  console.log(`abstentions: closest passages hold the gold ${m.leadsToGold.hit}/${m.leadsToGold.n}; shown for unanswerable ${m.leadsOnUnanswerable.shown}/${m.leadsOnUnanswerable.n}`);
  console.log(`accuracy by category               ${Object.entries(m.byCategory).map(([cat, c]) => `${cat} ${pct(c.accuracy).trim()} (${c.n})`).join(', ')}`);
}

/** Confidence and would-be correctness of the extractive answer with abstention switched off. */
async function sweepPoint(store: Store, q: EvalQuestion): Promise<{ conf: number; match: boolean; unanswerable: boolean }> {
  const plan = await prepareAnswer(store, q.q, { llm: null });
  const r = extractiveAnswer({ ...plan.extractiveInput, options: { abstainBelow: -1 } });
  return { conf: r.plan.confidence, match: answerMatches(r.text, q.answer_any, q.answer_all), unanswerable: !!q.abstain };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      set: { type: 'string' },
      misses: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      llm: { type: 'boolean', default: false },
      sweep: { type: 'boolean', default: false },
    },
  });
  const config = getConfig();
  const store = await loadStore(config.dataDir, config.EMBEDDING_MODEL);
  const isVerbatim = verbatimChecker(readCorpusDir(config.corpusDir));
  const sets = loadQuestionSets().filter((s) => !values.set || s.name === values.set);
  const report: Record<string, AnswerMetrics> = {};
  for (const set of sets) {
    if (values.sweep) {
      const points = await Promise.all(set.questions.map((q) => sweepPoint(store, q)));
      console.log(`\n== ${set.name}: threshold sweep (current ${DEFAULT_PLAN.abstainBelow}) ==\nthreshold  accuracy  answered|answerable  abstained|unanswerable`);
      for (let t = 0.05; t <= 0.501; t += 0.025) {
        const ans = points.filter((p) => !p.unanswerable);
        const un = points.filter((p) => p.unanswerable);
        const acc = ans.filter((p) => p.conf >= t && p.match).length / Math.max(1, ans.length);
        const answered = ans.filter((p) => p.conf >= t).length / Math.max(1, ans.length);
        const abst = un.filter((p) => p.conf < t).length / Math.max(1, un.length);
        console.log(`${t.toFixed(3).padStart(9)}  ${pct(acc).padStart(8)}  ${pct(answered).padStart(19)}  ${pct(abst).padStart(22)}`);
      }
      continue;
    }
    const outcomes: AnswerOutcome[] = [];
    for (const q of set.questions) {
      const r = await answerQuestion(store, q.q, values.llm ? {} : { llm: null });
      const unanswerable = !!q.abstain;
      const correct = !unanswerable && !r.abstained && answerMatches(r.answer, q.answer_any, q.answer_all);
      const verbatim = (c: Citation, q: string) => quoteInRecord(store.byId.get(c.id)?.text ?? '', q) && isVerbatim(q);
      const valid = citationsValid(r.answer, r.citations, (c) => c.quotes.every((q) => verbatim(c, q)));
      const o: AnswerOutcome = {
        id: q.id,
        cat: q.cat,
        unanswerable,
        abstained: r.abstained,
        correct,
        valid,
        recall: r.abstained ? null : r.verification.citationRecall,
        precision: r.abstained ? null : r.verification.citationPrecision,
        citeHit: q.cite_any?.length ? citesAny(r.citations, q.cite_any) : null,
        leadsShown: r.abstained && r.leads.length > 0,
        leadHit: r.abstained && !unanswerable && q.gold ? firstHitRank(r.leads.map((l) => store.byId.get(l.id)?.text ?? ''), q.gold, normalizeForMatch) !== null : null,
      };
      outcomes.push(o);
      const miss = unanswerable ? !r.abstained : !correct || !valid || o.citeHit === false;
      if (values.misses && miss) {
        const want = unanswerable ? 'abstain' : `any ${JSON.stringify(q.answer_any ?? [])} all ${JSON.stringify(q.answer_all ?? [])}`;
        console.log(`  miss [${set.name}/${q.id} ${q.cat}] ${q.q}\n      want: ${want}${valid ? '' : ' (INVALID CITATIONS)'}${o.citeHit === false ? ` (cited footnotes lack ${q.cite_any})` : ''}\n      got:  ${r.answer}`);
      }
    }
    report[set.name] = summarizeAnswers(outcomes);
  }
  if (values.sweep) return;
  if (values.json) console.log(JSON.stringify(report, null, 2));
  else for (const [name, m] of Object.entries(report)) printMetrics(name, m);
}

main().catch((err) => {
  console.error(err?.message ?? err);
  process.exit(1);
});
