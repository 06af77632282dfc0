import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { tryLock, unlock } from './dir-lock';
import { ADMIN_BUILD, CMS_DIR, CMS_DIST, PLUGIN_DIR, PLUGIN_SDK_BIN, ROOT, STRAPI_BIN, TSC_BIN } from './paths';

const run = (label: string, command: string, args: string[], cwd = ROOT) => {
  const started = Date.now();
  process.stdout.write(`[showrunner] ${label} …\n`);
  const result = spawnSync(process.execPath, [command, ...args], { cwd, stdio: 'inherit', env: process.env });
  if (result.status !== 0) throw new Error(`${label} failed (exit ${result.status}).`);
  process.stdout.write(`[showrunner] ${label} done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
};

/** Everything the plugin bundle and the demo host's compiled configuration are built from. */
const SERVER_INPUTS = [
  'package-lock.json',
  'plugin/package.json',
  'plugin/server',
  'plugin/admin',
  'graphql/src',
  'graphql/package.json',
  'types',
  'cms/config',
  'cms/database',
  'cms/tsconfig.json',
];
const SERVER_STAMP = path.join(PLUGIN_DIR, 'dist', '.showrunner-inputs');

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Runs `work` while holding a lock directory beside the checkout, so test runs and benchmarks
 * started at the same time do not write the same build over each other; a lock left by a dead
 * process is taken over.
 */
const withBuildLock = <T>(name: string, what: string, work: () => T): T => {
  const lock = path.join(ROOT, name);
  let announced = false;
  for (let owner = tryLock(lock); owner !== null; owner = tryLock(lock)) {
    if (!announced) process.stdout.write(`[showrunner] Waiting for another build of ${what} (pid ${owner || '?'}) to finish …\n`);
    announced = true;
    sleep(500);
  }
  try {
    return work();
  } finally {
    unlock(lock);
  }
};

const hashOf = (inputs: string[], skip: (name: string) => boolean = (name) => name === 'node_modules' || name === 'dist') => {
  const hash = createHash('sha256');
  const visit = (file: string) => {
    if (!fs.existsSync(file)) return;
    if (fs.statSync(file).isDirectory())
      fs.readdirSync(file)
        .filter((name) => !skip(name))
        .sort()
        .forEach((name) => visit(path.join(file, name)));
    else hash.update(file).update(fs.readFileSync(file));
  };
  inputs.forEach((input) => visit(path.join(ROOT, input)));
  return hash.digest('hex');
};

/**
 * Builds the plugin package with Strapi's plugin SDK (server and admin bundles, the GraphQL layer
 * bundled in) and compiles the demo host's configuration; skipped when nothing it is built from
 * changed since the last build (a stamp in plugin/dist holds the inputs' hash).
 */
export const buildServer = () =>
  withBuildLock(path.join('plugin', '.build-lock'), 'the plugin', () => {
    const inputs = hashOf(SERVER_INPUTS);
    if (fs.existsSync(SERVER_STAMP) && fs.readFileSync(SERVER_STAMP, 'utf8') === inputs && fs.existsSync(path.join(CMS_DIST, 'config'))) {
      process.stdout.write('[showrunner] The plugin package and the demo host are up to date (nothing they are built from changed)\n');
      return;
    }
    fs.rmSync(SERVER_STAMP, { force: true });
    run('Building the plugin package (strapi-plugin build)', PLUGIN_SDK_BIN, ['build'], PLUGIN_DIR);
    run('Compiling the demo host configuration', TSC_BIN, ['-p', 'cms/tsconfig.json']);
    fs.writeFileSync(SERVER_STAMP, inputs);
  });

const ADMIN_INPUTS = ['package-lock.json', 'plugin/dist/admin', 'cms/config/admin.ts', 'cms/config/plugins.ts'];

const hashInputs = () => hashOf(ADMIN_INPUTS, () => false);

const STAMP = path.join(ADMIN_BUILD, '.showrunner-inputs');

export const adminIsStale = () =>
  !fs.existsSync(path.join(ADMIN_BUILD, 'index.html')) || !fs.existsSync(STAMP) || fs.readFileSync(STAMP, 'utf8') !== hashInputs();

/** Builds the admin panel (about 35 s) and stamps it with a hash of what it was built from. */
export const buildAdmin = ({ force = false } = {}) =>
  withBuildLock(path.join('cms', '.admin-build-lock'), 'the admin panel', () => {
    // Another process may have built it while this one waited (`npm run build` builds regardless).
    if (!force && !adminIsStale()) return;
    run('Building the admin panel (first start or changed admin code; about a minute)', STRAPI_BIN, ['build'], CMS_DIR);
    fs.writeFileSync(STAMP, hashInputs());
  });
