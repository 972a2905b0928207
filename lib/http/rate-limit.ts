import { AppError } from '../errors';

export interface RateLimiter {
  /** Takes one request for `key`; throws a rate-limited AppError when the budget is spent. */
  take(key: string, now?: number): void;
}

/**
 * Fixed-budget sliding window per client: at most `perMinute` requests in any 60 s. In-memory and
 * per instance — behind a load balancer each instance enforces its own budget (see README).
 */
export function createRateLimiter(perMinute: number, maxClients = 10_000): RateLimiter {
  const hits = new Map<string, number[]>();
  return {
    take(key, now = Date.now()) {
      if (perMinute <= 0) return;
      const windowStart = now - 60_000;
      const recent = (hits.get(key) ?? []).filter((t) => t > windowStart);
      if (recent.length >= perMinute) {
        const retryAfter = Math.max(1, Math.ceil((recent[0] + 60_000 - now) / 1000));
        throw new AppError('rate-limited', `Too many questions: at most ${perMinute} per minute for LLM answers. Try again in ${retryAfter} s.`, {
          retryAfterSeconds: retryAfter,
        });
      }
      recent.push(now);
      if (!hits.has(key) && hits.size >= maxClients) hits.delete(hits.keys().next().value as string);
      hits.set(key, recent);
    },
  };
}

/** The client a request counts against: the first X-Forwarded-For hop set by the proxy, else X-Real-IP. */
export function clientKey(req: Request): string {
  const forwarded = req.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || req.headers.get('x-real-ip') || 'direct';
}
