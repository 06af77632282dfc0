import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import type { TestDatabase } from './databases';
import { TEST_SECRETS } from './secrets';

const ROOT = path.resolve(__dirname, '../..');

export interface TestServer {
  url: string;
  process: ChildProcess;
  logs: () => string;
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

const waitForHealth = async (url: string, child: ChildProcess, logs: () => string, timeoutMs = 120_000) => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`Strapi exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${logs()}`);
    try {
      const response = await fetch(`${url}/_health`);
      if (response.status === 204) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Strapi did not become healthy within ${timeoutMs} ms:\n${logs()}`);
};

/** Starts the real server (scripts/start.ts, without rebuilding) as a child process on a free port. */
export const startServer = async (database: TestDatabase, env: Record<string, string> = {}): Promise<TestServer> => {
  const port = await freePort();
  const output: string[] = [];
  const child = spawn(process.execPath, ['--require', 'tsx/cjs', path.join(ROOT, 'scripts/start.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...TEST_SECRETS,
      ...database.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      NODE_ENV: 'test',
      SHOWRUNNER_SKIP_BUILD: 'true',
      SHOWRUNNER_ADMIN: 'off',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => output.push(String(chunk)));
  child.stderr?.on('data', (chunk) => output.push(String(chunk)));
  const logs = () => output.join('').slice(-20_000);
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, child, logs);
  return {
    url,
    process: child,
    logs,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
      }),
  };
};
