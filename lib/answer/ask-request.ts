import { z } from 'zod';
import { getConfig } from '../config';

/** POST /api/ask body: {question, context?, shown?} (shown: the previous answer, which "What else …?" does not repeat). */
export function askBodySchema() {
  const max = getConfig().MAX_QUESTION_CHARS;
  return z.object({
    question: z.string().trim().min(1, 'question must not be empty').max(max, `question must be at most ${max} characters`),
    context: z.string().trim().max(max * 3).optional(),
    shown: z.string().trim().max(8000).optional(),
  });
}
