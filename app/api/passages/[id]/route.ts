import { AppError } from '@/lib/errors';
import { errorResponse } from '@/lib/http/respond';
import { getStore } from '@/lib/index/current-store';
import { decodeRecordId } from '@/lib/passages/href';
import { passageDetail } from '@/lib/passages/lookup';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** One record in its section: text, resolved footnotes, prev/next and neighbours. 404 for an unknown id. */
export async function GET(_req: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const id = decodeRecordId((await ctx.params).id);
    const store = await getStore();
    const detail = passageDetail(store, id);
    if (!detail) throw new AppError('not-found', `No passage with id "${id.slice(0, 200)}".`);
    return Response.json(detail);
  } catch (err) {
    return errorResponse(err);
  }
}
