import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../support/env';
import { sampleRss } from '../server/processes';

export interface HttpRequestSpec {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface LoadJob {
  url: string;
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
  /** Sent in turn by every connection, e.g. one request per series slug. */
  requests: HttpRequestSpec[];
}

export interface LoadResult {
  requestsPerSecond: number;
  requestsTotal: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  bytesPerSecond: number;
  durationSeconds: number;
}

export interface MeasuredLoad extends LoadResult {
  /** The serving process's RSS when the run started, its peak and its end. */
  rss: { startMb: number; peakMb: number; lastMb: number };
}

/** Runs a load job in a separate autocannon process while sampling the server's RSS. */
export const runLoad = async (job: LoadJob, serverPid: number): Promise<MeasuredLoad> => {
  const jobFile = path.join(os.tmpdir(), `showrunner-bench-job-${process.pid}-${Date.now()}.json`);
  fs.writeFileSync(jobFile, JSON.stringify(job));
  const stopSampling = sampleRss(serverPid);
  try {
    const output = await new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, ['--require', 'tsx/cjs', path.join(__dirname, 'autocannon-worker.ts'), jobFile], {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      child.stdout.on('data', (chunk) => (out += chunk));
      child.stderr.on('data', (chunk) => (out += chunk));
      child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`autocannon exited with ${code}:\n${out.slice(-4000)}`))));
    });
    const line = output.split('\n').find((text) => text.startsWith('RESULT '));
    if (!line) throw new Error(`autocannon printed no result:\n${output.slice(-4000)}`);
    return { ...(JSON.parse(line.slice('RESULT '.length)) as LoadResult), rss: stopSampling() };
  } finally {
    stopSampling();
    fs.rmSync(jobFile, { force: true });
  }
};
