import { errorResponse, parseInput, readJsonBody } from '@/lib/http/respond';
import { getStore } from '@/lib/index/current-store';
import { checkClaim } from '@/lib/tools/claim-check';
import { checkBodySchema } from '@/lib/tools/requests';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** POST /api/check {claim} — the best supporting passages, their support scores and a verdict. */
export async function POST(req: Request): Promise<Response> {
  try {
    const input = parseInput(checkBodySchema(), await readJsonBody(req));
    const store = await getStore();
    return Response.json(await checkClaim(store, input.claim));
  } catch (err) {
    return errorResponse(err);
  }
}
