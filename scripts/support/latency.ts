/** Percentile summary of latency samples in milliseconds. */
export function percentiles(samples: number[]): { p50: number; p95: number; p99: number; mean: number } {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
  return { p50: at(50), p95: at(95), p99: at(99), mean: s.reduce((a, b) => a + b, 0) / Math.max(1, s.length) };
}

export function fmtMs(x: number): string {
  return `${x.toFixed(x < 10 ? 2 : 1)} ms`;
}
