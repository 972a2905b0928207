import { describe, expect, it } from 'vitest';
import { clientKey, createRateLimiter } from '@/lib/http/rate-limit';

describe('rate limiter', () => {
  it('allows the budget per minute and refuses the next with a retry hint', () => {
    const limiter = createRateLimiter(3);
    for (let i = 0; i < 3; i++) limiter.take('a', 1_000 + i);
    expect(() => limiter.take('a', 2_000)).toThrow(/at most 3 per minute/);
    try {
      limiter.take('a', 2_000);
    } catch (err) {
      expect(err).toMatchObject({ kind: 'rate-limited', status: 429, details: { retryAfterSeconds: 59 } });
    }
    limiter.take('b', 2_000); // other clients are unaffected
    limiter.take('a', 61_001); // the window slides
  });
  it('is off at zero', () => {
    const limiter = createRateLimiter(0);
    for (let i = 0; i < 100; i++) limiter.take('a');
  });
  it('keys on the first forwarded hop', () => {
    expect(clientKey(new Request('http://x', { headers: { 'x-forwarded-for': '10.0.0.1, 10.0.0.2' } }))).toBe('10.0.0.1');
    expect(clientKey(new Request('http://x'))).toBe('direct');
  });
});
