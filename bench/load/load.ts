import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../support/env';
import { cpuMs, sampleRss } from '../server/processes';

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
  /** The serving process's RSS when the measured run started, its peak and its end. */
  rss: { startMb: number; peakMb: number; lastMb: number };
  /**
   * CPU time the serving process used per request during the measured run. Unlike req/s it
   * hardly moves when other work competes for the machine's cores.
   */
  serverCpuMsPerRequest: number | null;
}

/** Server-side measurements of one run: started when the worker says its warm-up is over. */
const measureServer = (pid: number) => {
  const stopRss = sampleRss(pid);
  const cpuAtStart = cpuMs(pid);
  return (requests: number) => {
    const cpuAtEnd = cpuMs(pid);
    const cpu = cpuAtStart !== null && cpuAtEnd !== null ? (cpuAtEnd - cpuAtStart) / Math.max(requests, 1) : null;
    return { rss: stopRss(), serverCpuMsPerRequest: cpu };
  };
};

/** Runs a load job in a separate autocannon process while measuring the server's RSS and CPU time. */
export const runLoad = async (job: LoadJob, serverPid: number): Promise<MeasuredLoad> => {
  const jobFile = path.join(os.tmpdir(), `showrunner-bench-job-${process.pid}-${Date.now()}.json`);
  fs.writeFileSync(jobFile, JSON.stringify(job));
  let finish: ReturnType<typeof measureServer> | null = null;
  try {
    const output = await new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, ['--require', 'tsx/cjs', path.join(__dirname, 'autocannon-worker.ts'), jobFile], {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      child.stdout.on('data', (chunk) => {
        out += chunk;
        if (!finish && out.includes('MEASURING')) finish = measureServer(serverPid);
      });
      child.stderr.on('data', (chunk) => (out += chunk));
      child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`autocannon exited with ${code}:\n${out.slice(-4000)}`))));
    });
    const line = output.split('\n').find((text) => text.startsWith('RESULT '));
    if (!line || !finish) throw new Error(`autocannon printed no result:\n${output.slice(-4000)}`);
    const result = JSON.parse(line.slice('RESULT '.length)) as LoadResult;
    const server = (finish as ReturnType<typeof measureServer>)(result.requestsTotal);
    finish = null;
    return { ...result, ...server };
  } finally {
    (finish as ReturnType<typeof measureServer> | null)?.(0);
    fs.rmSync(jobFile, { force: true });
  }
};
