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

/** The latest user question, and the user's earlier questions (most recent last) as retrieval context. */
export function chatQuestion(body: ChatBody): { question: string; context?: string } {
  const users = body.messages.filter((m) => m.role === 'user').map(textOf).filter(Boolean);
  const question = users.at(-1);
  if (!question) throw new AppError('bad-request', 'Invalid request: the last user message has no text.');
  const max = getConfig().MAX_QUESTION_CHARS;
  if (question.length > max) throw new AppError('bad-request', `Invalid request: question must be at most ${max} characters.`);
  const earlier = users.slice(-3, -1).join(' ');
  return { question, ...(earlier ? { context: earlier } : {}) };
}
