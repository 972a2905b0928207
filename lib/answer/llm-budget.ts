import { getConfig } from '../config';
import { clientKey, createRateLimiter, type RateLimiter } from '../http/rate-limit';

let limiter: RateLimiter | undefined;

/**
 * Counts a request against the client's per-minute budget (RATE_LIMIT_PER_MINUTE) when answers
 * come from an LLM; the offline extractive answerer is never limited. Throws a rate-limited
 * AppError (429) when the budget is spent. One budget covers /api/ask and /api/chat.
 */
export function takeLlmBudget(req: Request): void {
  const config = getConfig();
  if (config.LLM_PROVIDER === 'extractive') return;
  limiter ??= createRateLimiter(config.RATE_LIMIT_PER_MINUTE);
  limiter.take(clientKey(req));
}
