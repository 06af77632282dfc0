import { spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT } from '../support/env';
import { stopChild } from './processes';

/** Starts bare-server.ts serving `body`; resolves with its url, pid and stop(). */
export const startCeiling = (body: Buffer, contentType: string) =>
  new Promise<{ url: string; pid: number; stop(): Promise<void> }>((resolve, reject) => {
    const child = spawn(process.execPath, ['--require', 'tsx/cjs', path.join(__dirname, 'bare-server.ts'), body.toString('base64'), contentType], {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.once('exit', (code) => reject(new Error(`the bare Node server exited (${code})`)));
    child.once('message', ({ port }: { port: number }) => resolve({ url: `http://127.0.0.1:${port}`, pid: child.pid!, stop: () => stopChild(child) }));
  });
