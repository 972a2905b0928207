import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const questionSchema = z.object({
  id: z.string(),
  cat: z.string(),
  q: z.string().min(1),
  answer_any: z.array(z.string()).optional(),
  answer_all: z.array(z.string()).optional(),
  gold: z.string().optional(),
  cite_any: z.array(z.string()).optional(),
  abstain: z.boolean().optional(),
});

export type EvalQuestion = z.infer<typeof questionSchema>;

export interface QuestionSet {
  name: string;
  questions: EvalQuestion[];
}

/** Loads every `*.jsonl` set in the eval directory (the starter set is kept in the repo as dev.jsonl). */
export function loadQuestionSets(dir = 'eval'): QuestionSet[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((file) => ({
      name: path.basename(file, '.jsonl'),
      questions: fs
        .readFileSync(path.join(dir, file), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((line, i) => {
          try {
            return questionSchema.parse(JSON.parse(line));
          } catch (err) {
            throw new Error(`${file}:${i + 1}: ${(err as Error).message}`);
          }
        }),
    }));
}
