import { answerQuestion } from '@/lib/answer/answer-question';
import { askBodySchema } from '@/lib/answer/ask-request';
import { toAskResponse } from '@/lib/answer/to-api';
import { takeLlmBudget } from '@/lib/answer/llm-budget';
import { errorResponse, parseInput, readJsonBody } from '@/lib/http/respond';
import { getStore } from '@/lib/index/current-store';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function POST(req: Request): Promise<Response> {
  try {
    const input = parseInput(askBodySchema(), await readJsonBody(req));
    takeLlmBudget(req);
    const store = await getStore();
    const result = await answerQuestion(store, input.question, { context: input.context, shown: input.shown, signal: req.signal });
    return Response.json(toAskResponse(result));
  } catch (err) {
    return errorResponse(err);
  }
}
