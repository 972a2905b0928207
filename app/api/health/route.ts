import { errorResponse } from '@/lib/http/respond';
import { getStore } from '@/lib/index/current-store';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** 200 with build facts when the index is loaded; 503 with the fix when it is missing or corrupt. */
export async function GET(): Promise<Response> {
  try {
    const store = await getStore();
    return Response.json({ ok: true, build: store.manifest.buildId, model: store.manifest.model, counts: store.manifest.counts });
  } catch (err) {
    return errorResponse(err);
  }
}
