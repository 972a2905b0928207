/** npm run ask -- "question" [--json] [--context "earlier question"]: a cited answer, printed like a page with footnotes. */
import { parseArgs } from 'node:util';
import { answerQuestion } from '../lib/answer/answer-question';
import { renderAnswerText } from '../lib/answer/render-text';
import { toAskResponse } from '../lib/answer/to-api';
import { getConfig } from '../lib/config';
import { loadStore } from '../lib/index/load-store';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, context: { type: 'string' } },
  });
  const question = positionals.join(' ').trim();
  if (!question) {
    console.error('Usage: npm run ask -- "your question" [--json] [--context "earlier question"]');
    process.exit(2);
  }
  const config = getConfig();
  if (question.length > config.MAX_QUESTION_CHARS) throw new Error(`The question is longer than ${config.MAX_QUESTION_CHARS} characters.`);
  const store = await loadStore(config.dataDir, config.EMBEDDING_MODEL);
  const result = await answerQuestion(store, question, { context: values.context });
  console.log(values.json ? JSON.stringify(toAskResponse(result), null, 2) : renderAnswerText(result));
}

main().catch((err) => {
  console.error(err?.message ?? err);
  process.exit(1);
});
