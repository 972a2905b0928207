import { errorResponse, parseInput } from '@/lib/http/respond';
import { getStore } from '@/lib/index/current-store';
import { searchRecords } from '@/lib/retrieve/search';
import { searchQuerySchema, toApiResult } from '@/lib/retrieve/search-request';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(req: Request): Promise<Response> {
  try {
    const params = Object.fromEntries(new URL(req.url).searchParams);
    const input = parseInput(searchQuerySchema(), params);
    const store = await getStore();
    const { hits } = await searchRecords(store, input.q, { k: input.k, kinds: input.kind, section: input.section, mode: input.mode });
    return Response.json({ results: hits.map(toApiResult) });
  } catch (err) {
    return errorResponse(err);
  }
}
