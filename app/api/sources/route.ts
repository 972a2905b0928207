import { errorResponse, parseInput } from '@/lib/http/respond';
import { getStore } from '@/lib/index/current-store';
import { sourcesQuerySchema } from '@/lib/tools/requests';
import { listSources } from '@/lib/tools/sources';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /api/sources?q= — the bibliography, each entry with the thesis claims that cite it. */
export async function GET(req: Request): Promise<Response> {
  try {
    const input = parseInput(sourcesQuerySchema, Object.fromEntries(new URL(req.url).searchParams));
    const store = await getStore();
    return Response.json({ sources: listSources(store.corpus, { q: input.q }) });
  } catch (err) {
    return errorResponse(err);
  }
}
