/**
 * Runs in its own process (spawned by scripts/loadtest.ts) so the load generator does not share
 * an event loop with anything it measures. Prints one JSON line with the run's summary.
 * argv: <url> <json spec: {method, paths, bodies?: string[], connections, duration}>
 *
 * Closed loop, as autocannon drove it before: each of `connections` keep-alive connections sends
 * its next request as soon as the previous answer has been read, cycling through the requests,
 * and a request not answered within TIMEOUT_MS is a timeout (its connection is replaced). Two
 * steps make the figures describe the route under load rather than how a run starts and ends:
 *
 * - Admission. Every connection first completes one GET /api/health; the timed load then starts
 *   on all of them at once. Node 20 (libuv 1.45 and later) accepts one pending connection per
 *   event-loop turn. autocannon opened its 50 connections and sent their first requests in the
 *   same instant; whenever the server's loop got busy before it had accepted them all, the
 *   connections already accepted kept every turn busy for 0.3–1.5 s with back-to-back requests,
 *   and the rest waited in the kernel's accept queue, the last ones for up to 34 s. autocannon
 *   reported that wait as latency and as timeouts past 20 s, although the server answered each
 *   request it had accepted within a few seconds. The time admission took is reported
 *   (`admitMs`).
 * - Drain. When the time is up no new request is sent; the ones in flight are awaited and
 *   counted (autocannon dropped them), so the next run does not start on a server still busy
 *   with abandoned requests.
 */
import http from 'node:http';

const TIMEOUT_MS = 20_000;

interface Spec {
  method: 'GET' | 'POST';
  paths: string[];
  bodies?: string[];
  connections: number;
  duration: number;
}

interface Req {
  method: string;
  path: string;
  body?: string;
}

type Outcome = { kind: 'ok'; status: number; ms: number } | { kind: 'timeout' } | { kind: 'error'; message: string };

/** One request on the connection's agent; resolves when the whole answer has been read. */
function send(base: URL, agent: http.Agent, r: Req): Promise<Outcome> {
  return new Promise((resolve) => {
    const start = performance.now();
    let done = false;
    const finish = (o: Outcome) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve(o);
    };
    const headers: http.OutgoingHttpHeaders = r.body === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(r.body) };
    const req = http.request(new URL(r.path, base), { method: r.method, agent, headers }, (res) => {
      res.on('data', () => {});
      res.on('end', () => finish({ kind: 'ok', status: res.statusCode ?? 0, ms: performance.now() - start }));
      res.on('error', (err) => finish({ kind: 'error', message: err.message }));
      res.on('close', () => finish({ kind: 'error', message: 'connection closed before the answer was complete' }));
    });
    const timer = setTimeout(() => {
      finish({ kind: 'timeout' });
      req.destroy();
    }, TIMEOUT_MS);
    req.on('error', (err) => finish({ kind: 'error', message: err.message }));
    req.end(r.body);
  });
}

const pct = (sorted: number[], p: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN);

async function main(): Promise<void> {
  const [url, raw] = process.argv.slice(2);
  const spec = JSON.parse(raw) as Spec;
  const base = new URL(url);
  const requests: Req[] = (spec.bodies ?? spec.paths).map((_, i) => ({
    method: spec.method,
    path: spec.paths[i % spec.paths.length],
    ...(spec.bodies ? { body: spec.bodies[i] } : {}),
  }));
  const agents = Array.from({ length: spec.connections }, () => new http.Agent({ keepAlive: true, maxSockets: 1 }));

  // Admission: each connection is open and has been answered once before the timed load starts.
  const admitStart = performance.now();
  const admitted = await Promise.all(agents.map((agent) => send(base, agent, { method: 'GET', path: '/api/health' })));
  const failed = admitted.find((o) => o.kind !== 'ok' || o.status !== 200);
  if (failed) throw new Error(`opening the connections failed: ${JSON.stringify(failed)}`);
  const admitMs = Math.round(performance.now() - admitStart);

  const latencies: number[] = [];
  let errors = 0;
  let timeouts = 0;
  let non2xx = 0;
  const start = performance.now();
  const end = start + spec.duration * 1000;
  // Connections start at different places in the request list, then each cycles through it.
  await Promise.all(
    agents.map(async (agent, c) => {
      for (let i = Math.floor((c * requests.length) / agents.length); performance.now() < end; i++) {
        const o = await send(base, agent, requests[i % requests.length]);
        if (o.kind === 'ok') {
          latencies.push(o.ms);
          if (o.status < 200 || o.status > 299) non2xx++;
        } else {
          errors++;
          if (o.kind === 'timeout') timeouts++;
        }
      }
    }),
  );
  const elapsed = (performance.now() - start) / 1000;
  agents.forEach((a) => a.destroy());
  latencies.sort((a, b) => a - b);
  console.log(
    JSON.stringify({
      requests: latencies.length,
      rps: latencies.length / elapsed,
      latency: { p50: pct(latencies, 50), p90: pct(latencies, 90), p99: pct(latencies, 99), max: pct(latencies, 100) },
      errors,
      timeouts,
      non2xx,
      admitMs,
    }),
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
