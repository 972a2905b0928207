import type { JSONValue } from '@ai-sdk/provider';
import { createUIMessageStream, createUIMessageStreamResponse, type UIMessageStreamWriter } from 'ai';
import { MarkerRenumberer } from '../cite/markers';
import type { Store } from '../index/load-store';
import { prepareAnswer, type AnswerOptions, type AnswerPlan } from './answer-question';
import type { FootnoteUIMessage } from './chat-types';
import { EXTRACTIVE_MODEL_ID } from './extractive/model';
import { finalizeAnswer } from './finalize';
import { describeLlmError, fallbackNotice } from './llm-error';
import { SYSTEM_PROMPT } from './prompt';
import { isUnavailable } from './providers';
import { streamModelText } from './run-model';
import type { AnswerResult } from './types';

type Writer = UIMessageStreamWriter<FootnoteUIMessage>;

/** Streams one model's text as a text part, renumbering [n] markers as it goes; returns the raw text. */
async function streamTextPart(writer: Writer, id: string, deltas: AsyncIterable<string>, passageCount: number): Promise<string> {
  const renumber = new MarkerRenumberer(passageCount);
  let raw = '';
  let started = false;
  const emit = (delta: string) => {
    if (!delta) return;
    if (!started) writer.write({ type: 'text-start', id });
    started = true;
    writer.write({ type: 'text-delta', id, delta });
  };
  try {
    for await (const delta of deltas) {
      raw += delta;
      emit(renumber.push(delta));
    }
    emit(renumber.flush());
    if (!raw.trim()) throw new Error('it returned an empty answer');
    return raw;
  } finally {
    if (started) writer.write({ type: 'text-end', id });
  }
}

function writeCitations(writer: Writer, result: AnswerResult): void {
  for (const c of result.citations) {
    const meta = { n: c.n, id: c.id, section: c.section, sectionTitle: c.sectionTitle, pages: c.pages, quote: c.quote, quotes: c.quotes, footnotes: c.footnotes };
    writer.write({
      type: 'source-document',
      sourceId: c.id,
      mediaType: 'text/plain',
      title: c.label,
      providerMetadata: { footnote: meta as unknown as Record<string, JSONValue> },
    });
    writer.write({ type: 'data-citation', id: `citation-${c.n}`, data: c });
  }
  const { abstained, model, verification, sentences, passages, leads, unmentioned, notice } = result;
  writer.write({ type: 'data-answer', id: 'answer', data: { abstained, model, verification, sentences, passages, leads, unmentioned, ...(notice ? { notice } : {}) } });
}

async function execute(writer: Writer, plan: AnswerPlan, question: string, store: Store, signal?: AbortSignal): Promise<void> {
  const { passages } = plan.retrieved;
  const run = (model: Parameters<typeof streamModelText>[0]) =>
    streamModelText(model, { system: SYSTEM_PROMPT, prompt: plan.prompt, timeoutMs: plan.timeoutMs, signal });
  const extractive = (part: string) => streamTextPart(writer, part, run(plan.extractive), passages.length);
  writer.write({ type: 'start' });
  writer.write({ type: 'start-step' });
  let raw: string;
  let model = EXTRACTIVE_MODEL_ID;
  let notice: string | undefined;
  const { llm } = plan;
  if (llm && !isUnavailable(llm)) {
    try {
      raw = await streamTextPart(writer, 'answer', run(llm.model), passages.length);
      model = llm.name;
    } catch (err) {
      if (signal?.aborted) throw err;
      notice = fallbackNotice(llm.name, describeLlmError(err));
      writer.write({ type: 'data-notice', id: 'notice', data: { message: notice } });
      raw = await extractive('answer-extractive');
    }
  } else {
    if (llm) {
      notice = fallbackNotice(llm.name, llm.problem);
      writer.write({ type: 'data-notice', id: 'notice', data: { message: notice } });
    }
    raw = await extractive('answer');
  }
  writeCitations(writer, finalizeAnswer(question, raw, passages, store.corpus, { model, notice, leadsFrom: plan.extractiveInput }));
  writer.write({ type: 'finish-step' });
  writer.write({ type: 'finish', finishReason: 'stop' });
}

/**
 * /api/chat: an AI SDK v6 UI message stream. The answer text streams with [n] markers renumbered
 * in order of first use; then each citation follows as a source-document part (providerMetadata
 * .footnote carries section, pages, quote and footnotes) and a data-citation part; a data-answer
 * part closes with abstention, verification, the retrieved passages and, after an abstention,
 * the closest passages (`leads`).
 */
export async function chatResponse(store: Store, question: string, opts: AnswerOptions = {}): Promise<Response> {
  const plan = await prepareAnswer(store, question, opts);
  const stream = createUIMessageStream<FootnoteUIMessage>({
    execute: ({ writer }) => execute(writer, plan, question, store, opts.signal),
    onError: (err) => (err instanceof Error && err.name === 'AbortError' ? 'Request aborted.' : 'The answer could not be completed.'),
  });
  return createUIMessageStreamResponse({ stream });
}
