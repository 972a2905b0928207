import { chatBodySchema, chatQuestion } from '@/lib/answer/chat-request';
import { chatResponse } from '@/lib/answer/chat-stream';
import { takeLlmBudget } from '@/lib/answer/llm-budget';
import { errorResponse, parseInput, readJsonBody } from '@/lib/http/respond';
import { getStore } from '@/lib/index/current-store';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function POST(req: Request): Promise<Response> {
  try {
    const { question, context, shown } = chatQuestion(parseInput(chatBodySchema, await readJsonBody(req)));
    takeLlmBudget(req);
    const store = await getStore();
    return await chatResponse(store, question, { context, shown, signal: req.signal });
  } catch (err) {
    return errorResponse(err);
  }
}
