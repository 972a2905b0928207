/**
 * Runs in its own process (spawned by scripts/loadtest.ts) so the load generator does not share
 * an event loop with anything it measures. Prints one JSON line with autocannon's summary.
 * argv: <url> <json spec: {method, path, bodies?: string[], connections, duration, amount?}>
 */
import autocannon from 'autocannon';

interface Spec {
  method: 'GET' | 'POST';
  paths: string[];
  bodies?: string[];
  connections: number;
  duration: number;
}

async function main(): Promise<void> {
  const [url, raw] = process.argv.slice(2);
  const spec = JSON.parse(raw) as Spec;
  const requests = (spec.bodies ?? spec.paths).map((_, i) => ({
    method: spec.method,
    path: spec.paths[i % spec.paths.length],
    ...(spec.bodies ? { body: spec.bodies[i], headers: { 'content-type': 'application/json' } } : {}),
  }));
  const result = await autocannon({ url, connections: spec.connections, duration: spec.duration, requests, timeout: 20 });
  console.log(
    JSON.stringify({
      requests: result.requests.total,
      rps: result.requests.average,
      latency: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
    }),
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
