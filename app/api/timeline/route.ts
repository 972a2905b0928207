import { errorResponse, parseInput } from '@/lib/http/respond';
import { getStore } from '@/lib/index/current-store';
import { timelineQuerySchema } from '@/lib/tools/requests';
import { timelineView } from '@/lib/tools/timeline/view';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /api/timeline?from=1994&to=1997&country=Mexico — dated events of the thesis, sorted, each with a citation. */
export async function GET(req: Request): Promise<Response> {
  try {
    const input = parseInput(timelineQuerySchema, Object.fromEntries(new URL(req.url).searchParams));
    const store = await getStore();
    const events = timelineView(store.corpus, input);
    return Response.json({ filter: input, count: events.length, events });
  } catch (err) {
    return errorResponse(err);
  }
}
