import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { ROOT } from './paths';

/**
 * Starts a real Strapi in a child process on a free loopback port and waits until it is healthy:
 * the one launcher the tests and the benchmark share.
 */
export interface LaunchOptions {
  /** The entry script, relative to the repository: scripts/start.ts (the demo host) or bench/server/bench-host.ts. */
  script?: string;
  env: NodeJS.ProcessEnv;
  /** Output goes to this file (the bench: a full pipe must never slow the server); otherwise it is kept in memory. */
  logFile?: string;
  timeoutMs?: number;
}

export interface LaunchedServer {
  url: string;
  port: number;
  pid: number;
  process: ChildProcess;
  logs(): string;
  stop(): Promise<void>;
}

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

/** Stops a child we started, by its own pid: SIGTERM, then SIGKILL after a grace period. */
export const stopChild = (child: ChildProcess, graceMs = 10_000) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), graceMs).unref();
  });

export const waitFor = async (check: () => Promise<boolean>, child: ChildProcess, what: string, logs: () => string, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`${what} exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${logs()}`);
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${what} was not ready within ${timeoutMs} ms:\n${logs()}`);
};

export const launchStrapi = async ({ script = 'scripts/start.ts', env, logFile, timeoutMs = 180_000 }: LaunchOptions): Promise<LaunchedServer> => {
  const port = await freePort();
  const output: string[] = [];
  const log = logFile ? fs.openSync(logFile, 'w') : null;
  const child = spawn(process.execPath, ['--require', 'tsx/cjs', path.join(ROOT, script)], {
    cwd: ROOT,
    env: { ...env, HOST: '127.0.0.1', PORT: String(port) },
    stdio: log === null ? ['ignore', 'pipe', 'pipe'] : ['ignore', log, log],
  });
  if (log !== null) fs.closeSync(log);
  child.stdout?.on('data', (chunk) => output.push(String(chunk)));
  child.stderr?.on('data', (chunk) => output.push(String(chunk)));
  const logs = () => (logFile ? fs.readFileSync(logFile, 'utf8') : output.join('')).slice(-20_000);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor(async () => (await fetch(`${url}/_health`)).status === 204, child, 'Strapi', logs, timeoutMs);
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  return { url, port, pid: child.pid!, process: child, logs, stop: () => stopChild(child) };
};
