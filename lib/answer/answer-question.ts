import { getConfig } from '../config';
import type { Store } from '../index/load-store';
import { createExtractiveModel, EXTRACTIVE_MODEL_ID, type ExtractiveInput } from './extractive/model';
import { prepareWordSimilarity } from '../retrieve/word-similarity';
import { figureRivals } from './extractive/figure-rivals';
import { corpusCategories } from './extractive/category-members';
import { auditFindings, findingsAbout } from './extractive/audit-question';
import { namedQuestion, type NamedQuestion } from './extractive/named-question';
import { resolveFollowUp } from '../retrieve/resolve-follow-up';
import { restateRequest } from '../retrieve/restate-request';
import { correctSpelling } from '../retrieve/spelling';
import { spellOutAbbreviations } from '../retrieve/abbreviations';
import { alreadyShown, asksForMore } from './extractive/already-shown';
import { finalizeAnswer } from './finalize';
import { describeLlmError, fallbackNotice } from './llm-error';
import { continuationPassages, retrievePassages, type Retrieved } from './passages';
import { asksWhatNext, whereLeftOff } from './extractive/what-next';
import { asksChapter, topicChapters } from './extractive/location-question';
import { storeTermStats } from '../retrieve/term-stats';
import { buildPrompt, SYSTEM_PROMPT, type PromptExtras } from './prompt';
import { corpusIndex } from '../cite/corpus-index';
import { footnotesForQuote } from '../cite/footnotes';
import type { NumberedPassage } from '../cite/types';
import type { AuditFinding } from './extractive/audit-question';
import { firstCitingRecord, mostCitedNote, mostCitedSources } from './extractive/most-cited';
import { isUnavailable, llmFromConfig, type LlmChoice, type LlmUnavailable } from './providers';
import { runModelText } from './run-model';
import { kindCount, kindCountLine } from '../tools/source-kinds';
import type { AnswerResult } from './types';

export interface AnswerOptions {
  /** Earlier user turns, for follow-up questions. */
  context?: string;
  /** The previous answer's text: "What else does the thesis say …?" does not repeat its sentences. */
  shown?: string;
  /** Overrides the configured LLM (tests); null forces the extractive answerer. */
  llm?: LlmChoice | LlmUnavailable | null;
  timeoutMs?: number;
  signal?: AbortSignal;
}

export interface AnswerPlan {
  retrieved: Retrieved;
  /** What the extractive answerer works from (the eval re-runs it with other options). */
  extractiveInput: ExtractiveInput;
  extractive: ReturnType<typeof createExtractiveModel>;
  llm: LlmChoice | LlmUnavailable | null;
  prompt: string;
  timeoutMs: number;
}

/**
 * What an LLM needs beyond the passages' text for questions about sources: each passage's thesis
 * footnotes with their bibliography entries (the answer cites them through the passage), and for
 * "Where are the citations weak?" the audit's findings with the passages they concern.
 */
function promptExtras(store: Store, named: NamedQuestion | null, retrieved: Retrieved, findings?: AuditFinding[]): PromptExtras {
  if (retrieved.analysis.type !== 'source' && !named) return {};
  const index = corpusIndex(store.corpus);
  const footnotesOf = (p: NumberedPassage) =>
    footnotesForQuote(p.record, p.record.text, index).map((f) => `${f.n}. ${f.text}${f.source ? ` (bibliography: ${f.source.text})` : ''}`);
  const passageOf = (id: string) => retrieved.passages.find((p) => p.record.id === id)?.n;
  const notes = (findings ?? [])
    .map((f) => ({ note: f.note, ns: [...new Set(f.lines.map((l) => passageOf(l.recordId)))] }))
    .filter((f) => f.ns.every((n) => n !== undefined))
    .map((f) => `- ${f.note} [${f.ns.join('][')}]`);
  // "Which sources does the thesis cite most?": the counts, each on the passage holding the first claim citing the entry.
  if (named?.kind === 'most-cited') {
    for (const source of mostCitedSources(store.corpus, undefined, named.least)) {
      const record = firstCitingRecord(source, store.records);
      const n = record && passageOf(record.id);
      const first = record?.footnotes.find((f) => source.notes.includes(f));
      if (n !== undefined && first !== undefined) notes.push(`- ${mostCitedNote(source, store.corpus.footnotes.length, first)} [${n}]`);
    }
  }
  // "Which newspaper articles does the thesis cite?": how many there are, on the first one listed.
  if (named?.kind === 'source-kind' && retrieved.passages[0]?.record.kind === 'bibliography') {
    notes.push(`- ${kindCountLine(named.sourceKind, kindCount(store.corpus.bibliography, named.sourceKind))} [${retrieved.passages[0].n}]`);
  }
  return { footnotesOf, notes };
}

/** Retrieval and model choice, shared by /api/ask, /api/chat, the CLI and the eval. */
export async function prepareAnswer(store: Store, question: string, opts: AnswerOptions = {}): Promise<AnswerPlan> {
  // "Who was his counterpart?" after "Who was General Sullivan?" is looked up and answered as "Who was General Sullivan’s counterpart?".
  // "Tell me about Plan Colombia" is asked as "What is Plan Colombia?".
  // "who is the auther" is asked as "who is the author".
  const asked = resolveFollowUp(restateRequest(correctSpelling(spellOutAbbreviations(question), store)), opts.context, opts.shown);
  // "What happened next?" reads on from where the previous answer left off in the thesis.
  // With no earlier answer in the thesis to read on from, it names nothing to look up.
  const next = asksWhatNext(question);
  const left = next && opts.shown ? whereLeftOff(opts.shown, store.records) : null;
  const retrieved = next ? continuationPassages(store, question, left) : await retrievePassages(store, asked, opts.context);
  // The passages' words are corpus words, already held by the store's vocabulary vectors.
  const similarity = await prepareWordSimilarity(store.embedder, [asked], store.vocab);
  const named = namedQuestion(asked);
  const extractiveInput: ExtractiveInput = {
    analysis: retrieved.analysis,
    passages: retrieved.passages,
    corpus: store.corpus,
    stats: storeTermStats(store),
    similarity,
    context: opts.context,
    figureRivals: figureRivals(store.corpus),
    frontMatter: store.corpus.meta,
    categories: corpusCategories(store.corpus),
    ...(named?.kind === 'audit' ? { auditFindings: findingsAbout(asked, auditFindings(store.corpus)) } : {}),
    ...(opts.shown && asksForMore(asked) ? { options: { skip: alreadyShown(opts.shown) } } : {}),
    ...(left ? { continueAfter: left.index } : {}),
    ...(named?.kind === 'location' && asksChapter(asked) ? { chapters: topicChapters(store.records, named.topic).flatMap((id) => store.corpus.sections.filter((x) => x.id === id)) } : {}),
  };
  const extractive = createExtractiveModel(extractiveInput);
  const llm = opts.llm === undefined ? llmFromConfig(getConfig()) : opts.llm;
  const timeoutMs = opts.timeoutMs ?? getConfig().LLM_TIMEOUT_MS;
  const extras = promptExtras(store, named, retrieved, extractiveInput.auditFindings);
  return { retrieved, extractiveInput, extractive, llm, prompt: buildPrompt(question, retrieved.passages, opts.context, extras), timeoutMs };
}

/** Answers a question with footnote citations: retrieve, generate (LLM or extractive), cite, verify. */
export async function answerQuestion(store: Store, question: string, opts: AnswerOptions = {}): Promise<AnswerResult> {
  const plan = await prepareAnswer(store, question, opts);
  const { passages } = plan.retrieved;
  const run = (choice: { model: LlmChoice['model'] }) =>
    runModelText(choice.model, { system: SYSTEM_PROMPT, prompt: plan.prompt, timeoutMs: plan.timeoutMs, signal: opts.signal });
  const finish = (text: string, model: string, notice?: string) =>
    finalizeAnswer(question, text, passages, store.corpus, { model, notice, leadsFrom: plan.extractiveInput });
  const { llm } = plan;
  if (llm && !isUnavailable(llm)) {
    try {
      const text = await run(llm);
      if (!text.trim()) throw new Error('it returned an empty answer');
      return finish(text, llm.name);
    } catch (err) {
      return finish(await run({ model: plan.extractive }), EXTRACTIVE_MODEL_ID, fallbackNotice(llm.name, describeLlmError(err)));
    }
  }
  const notice = llm ? fallbackNotice(llm.name, llm.problem) : undefined;
  return finish(await run({ model: plan.extractive }), EXTRACTIVE_MODEL_ID, notice);
}
