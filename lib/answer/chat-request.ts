import { z } from 'zod';
import { getConfig } from '../config';
import { AppError } from '../errors';

const part = z.looseObject({ type: z.string(), text: z.string().optional() });
const message = z.looseObject({
  id: z.string().optional(),
  role: z.enum(['system', 'user', 'assistant']),
  parts: z.array(part).default([]),
});

/** The body useChat (AI SDK v6) posts: at least `messages`; other fields (id, trigger) are ignored. */
export const chatBodySchema = z.looseObject({ messages: z.array(message).min(1, 'messages must not be empty').max(200) });

export type ChatBody = z.infer<typeof chatBodySchema>;

function textOf(m: ChatBody['messages'][number]): string {
  return m.parts
    .filter((p) => p.type === 'text' && typeof p.text === 'string')
    .map((p) => p.text)
    .join(' ')
    .trim();
}

/** Characters of the previous answer kept, for "What else …" follow-ups. */
const SHOWN_CHARS = 4000;

/**
 * The latest user question, the user's earlier questions (most recent last) as retrieval context,
 * and the previous answer's text (what "What else does the thesis say …?" should not repeat).
 */
export function chatQuestion(body: ChatBody): { question: string; context?: string; shown?: string } {
  const users = body.messages.filter((m) => m.role === 'user').map(textOf).filter(Boolean);
  const question = users.at(-1);
  if (!question) throw new AppError('bad-request', 'Invalid request: the last user message has no text.');
  const max = getConfig().MAX_QUESTION_CHARS;
  if (question.length > max) throw new AppError('bad-request', `Invalid request: question must be at most ${max} characters.`);
  const earlier = users.slice(-3, -1).join(' ');
  const last = body.messages.findLastIndex((m) => m.role === 'user');
  const shown = body.messages.slice(0, last).filter((m) => m.role === 'assistant').map(textOf).at(-1)?.slice(0, SHOWN_CHARS);
  return { question, ...(earlier ? { context: earlier } : {}), ...(shown ? { shown } : {}) };
}
