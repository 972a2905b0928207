import { z } from 'zod';
import { AppError, toAppError } from '../errors';

/** Maps any thrown value to a JSON error response; clients never see stack traces. */
export function errorResponse(err: unknown): Response {
  const appError = toAppError(err);
  if (appError.kind === 'internal') console.error(err);
  return Response.json(appError.toJSON(), { status: appError.status });
}

/** Validates input with a zod schema, turning failures into a 400 that names the bad fields. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(input);
  if (!result.success) {
    const details = result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    throw new AppError('bad-request', `Invalid request: ${details.map((d) => `${d.path || 'body'}: ${d.message}`).join('; ')}`, details);
  }
  return result.data;
}

/** Reads a JSON body; malformed JSON is a 400, not a 500. */
export async function readJsonBody(req: Request): Promise<unknown> {
  const text = await req.text();
  if (!text.trim()) throw new AppError('bad-request', 'Request body is empty; expected JSON.');
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError('bad-request', 'Request body is not valid JSON.');
  }
}
