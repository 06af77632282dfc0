import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import autocannon from 'autocannon';
import { UNIQUE_ID } from '../targets';
import type { LoadJob, LoadResult } from './load';

/**
 * Child process: fires one load job with autocannon and prints its summary as the last line, so
 * the load generator never shares an event loop with the bench or with the server under test.
 */
const main = async () => {
  const job = JSON.parse(fs.readFileSync(process.argv[2], 'utf8')) as LoadJob;
  const options = {
    url: job.url,
    connections: job.connections,
    pipelining: 1,
    requests: job.requests.map(({ method, path, headers, body }) => ({
      method,
      path,
      headers,
      body,
      // A fresh id where the body asks for one; autocannon then sizes Content-Length from the real body.
      ...(body?.includes(UNIQUE_ID) && {
        setupRequest: (request: Record<string, unknown>) => ({ ...request, body: body.replaceAll(UNIQUE_ID, randomUUID()) }),
      }),
    })),
  };
  if (job.warmupSeconds > 0) await autocannon({ ...options, duration: job.warmupSeconds });
  // Tells the parent to start its server-side measurements (CPU, RSS) now, after the warm-up.
  process.stdout.write('\nMEASURING\n');
  const result = await autocannon({ ...options, duration: job.durationSeconds });
  const summary: LoadResult = {
    requestsPerSecond: result.requests.total / result.duration,
    requestsTotal: result.requests.total,
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max, mean: result.latency.average },
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    bytesPerSecond: result.throughput.average,
    durationSeconds: result.duration,
  };
  process.stdout.write(`\nRESULT ${JSON.stringify(summary)}\n`);
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
