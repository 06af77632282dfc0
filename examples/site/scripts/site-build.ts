import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Building and starting the site: shared by `npm run site` and the browser tests (tests/e2e/support/site.ts). */
export const SITE_DIR = path.resolve(__dirname, '..');
const BUILD_ID = path.join(SITE_DIR, '.next', 'BUILD_ID');
const INPUTS = ['src', 'public', 'next.config.ts', 'package.json', 'tsconfig.json'];
const NEXT_BIN = path.join(path.dirname(require.resolve('next/package.json', { paths: [SITE_DIR] })), 'dist', 'bin', 'next');

const newest = (file: string): number => {
  const stat = fs.statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(file).map((name) => newest(path.join(file, name))));
};

/** True when there is no production build, or a source file changed after it. */
export const siteIsStale = () => {
  if (!fs.existsSync(BUILD_ID)) return true;
  const built = fs.statSync(BUILD_ID).mtimeMs;
  return INPUTS.map((name) => path.join(SITE_DIR, name)).some((file) => fs.existsSync(file) && newest(file) > built);
};

const env = () => ({ ...process.env, NEXT_TELEMETRY_DISABLED: '1' });

/** `next build` (about a minute here). The API need not be up: every page is rendered per request. */
export const buildSite = (stdio: 'inherit' | 'pipe' = 'inherit') => {
  const result = spawnSync(process.execPath, [NEXT_BIN, 'build'], { cwd: SITE_DIR, env: env(), stdio, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status ?? result.signal}):\n${result.stdout ?? ''}${result.stderr ?? ''}`);
};

/** `next start` on a port, against an API (SITE_API_URL); the caller stops the child. */
export const startSite = ({ port, host = '127.0.0.1', apiUrl, stdio = 'pipe' }: { port: number; host?: string; apiUrl: string; stdio?: 'inherit' | 'pipe' }) =>
  spawn(process.execPath, [NEXT_BIN, 'start', '--port', String(port), '--hostname', host], {
    cwd: SITE_DIR,
    env: { ...env(), SITE_API_URL: apiUrl },
    stdio: stdio === 'inherit' ? 'inherit' : ['ignore', 'pipe', 'pipe'],
  }) as ChildProcess;
