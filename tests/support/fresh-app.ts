import { execFileSync, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, stopChild, waitFor } from '../../scripts/lib/launch';
import { ROOT } from '../../scripts/lib/paths';
import { PLUGIN_PACKAGE, type PluginManifest } from './packed-plugin';
import { runCommand, track } from './run-command';

const GIGABYTE = 1024 ** 3;

/**
 * Where the fresh app goes: a RAM disk when there is one with room to spare, since npm writes some
 * 1,600 packages there and the cleanup deletes them, both about five times faster than on disk.
 */
export const makeWorkspace = () => {
  const ramDisk = '/dev/shm';
  const roomy = fs.existsSync(ramDisk) && fs.statfsSync(ramDisk).bavail * fs.statfsSync(ramDisk).bsize > 4 * GIGABYTE;
  return fs.mkdtempSync(path.join(roomy ? ramDisk : os.tmpdir(), 'showrunner-fresh-app-'));
};

/**
 * A newsroom's own Strapi app, made the way `npx create-strapi-app` makes a JavaScript one on
 * SQLite, with the packed plugin as its only addition: package.json, config/*.js, public/uploads.
 * No src/, nothing from this repository but the tarball.
 */
const STRAPI_VERSION = '5.54.0';

const CONFIG: Record<string, string> = {
  'server.js': `module.exports = ({ env }) => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  app: {
    keys: env.array('APP_KEYS'),
  },
});
`,
  'database.js': `const path = require('path');

module.exports = ({ env }) => ({
  connection: {
    client: 'sqlite',
    connection: {
      filename: path.join(__dirname, '..', env('DATABASE_FILENAME', '.tmp/data.db')),
    },
    useNullAsDefault: true,
  },
});
`,
  'admin.js': `module.exports = ({ env }) => ({
  auth: {
    secret: env('ADMIN_JWT_SECRET'),
  },
  apiToken: {
    salt: env('API_TOKEN_SALT'),
  },
  transfer: {
    token: {
      salt: env('TRANSFER_TOKEN_SALT'),
    },
  },
  secrets: {
    encryptionKey: env('ENCRYPTION_KEY'),
  },
});
`,
  'middlewares.js': `module.exports = [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
`,
  'plugins.js': `module.exports = () => ({
  showrunner: {
    enabled: true,
    config: {
      demoContent: true,
    },
  },
});
`,
};

type Lockfile = { packages: Record<string, Record<string, unknown>> };
const repositoryLockfile = () => JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as Lockfile;

// The better-sqlite3 this repository installed: the fresh app pins it, so the binary built here fits.
const betterSqliteVersion = () => String(repositoryLockfile().packages['node_modules/better-sqlite3'].version);

const packageJson = (tarballName: string) => ({
  name: 'newsroom-cms',
  version: '0.1.0',
  private: true,
  description: 'A Strapi application',
  scripts: { build: 'strapi build', develop: 'strapi develop', start: 'strapi start', strapi: 'strapi' },
  dependencies: {
    [PLUGIN_PACKAGE]: `file:${tarballName}`,
    '@strapi/plugin-users-permissions': STRAPI_VERSION,
    '@strapi/strapi': STRAPI_VERSION,
    'better-sqlite3': betterSqliteVersion(),
    react: '^18.0.0',
    'react-dom': '^18.0.0',
    'react-router-dom': '^6.0.0',
    'styled-components': '^6.0.0',
  },
  engines: { node: '>=18.0.0 <=22.x.x', npm: '>=6.0.0' },
  strapi: { telemetryDisabled: true },
});

/**
 * npm 11 resolves a dependency tree from full registry documents, and the npm cache holds only what
 * installs fetched (tarballs, abbreviated documents): `npm install --offline` without a lockfile
 * cannot resolve one. The repository's lockfile pins this same Strapi, so the fresh app gets it
 * without the repository's own packages and with the tarball's entry, dependencies as packed; npm
 * drops whatever the app does not reach. The repository's lockfile leaves out tarball addresses
 * (omit-lockfile-registry-resolved), so npm would read every package's registry document to find
 * them; written in, npm takes each tarball straight from the cache by its integrity.
 */
const lockfileFor = (app: ReturnType<typeof packageJson>, tarballName: string, tarball: Buffer, plugin: PluginManifest) => {
  const registry = execFileSync('npm', ['config', 'get', 'registry'], { encoding: 'utf8', env: appEnv() }).trim().replace(/\/$/, '');
  const entries: Lockfile['packages'] = {};
  for (const [location, entry] of Object.entries(repositoryLockfile().packages)) {
    if (location.startsWith('node_modules/@showrunner/')) continue;
    const at = location.startsWith('plugin/node_modules/') ? location.replace('plugin/', `node_modules/${PLUGIN_PACKAGE}/`) : location;
    if (!at.startsWith('node_modules/')) continue;
    const name = String(entry.name ?? at.slice(at.lastIndexOf('node_modules/') + 'node_modules/'.length));
    const fromRegistry = !entry.link && !entry.resolved && entry.integrity;
    entries[at] = fromRegistry ? { ...entry, resolved: `${registry}/${name}/-/${name.split('/').pop()}-${entry.version}.tgz` } : entry;
  }
  entries[`node_modules/${PLUGIN_PACKAGE}`] = {
    version: plugin.version,
    resolved: `file:${tarballName}`,
    integrity: `sha512-${createHash('sha512').update(tarball).digest('base64')}`,
    license: plugin.license,
    dependencies: plugin.dependencies,
    peerDependencies: plugin.peerDependencies,
  };
  const root = { name: app.name, version: app.version, dependencies: app.dependencies, engines: app.engines };
  return { name: app.name, version: app.version, lockfileVersion: 3, requires: true, packages: { '': root, ...entries } };
};

/** Writes the app into `appDir` with the tarball next to its package.json, as `npm install ./<tarball>` records it. */
export const writeFreshApp = (appDir: string, tarballPath: string, plugin: PluginManifest) => {
  const tarballName = path.basename(tarballPath);
  fs.mkdirSync(path.join(appDir, 'config'), { recursive: true });
  fs.mkdirSync(path.join(appDir, 'public', 'uploads'), { recursive: true });
  fs.writeFileSync(path.join(appDir, 'public', 'uploads', '.gitkeep'), '');
  fs.copyFileSync(tarballPath, path.join(appDir, tarballName));
  const app = packageJson(tarballName);
  fs.writeFileSync(path.join(appDir, 'package.json'), `${JSON.stringify(app, null, 2)}\n`);
  const lockfile = lockfileFor(app, tarballName, fs.readFileSync(tarballPath), plugin);
  fs.writeFileSync(path.join(appDir, 'package-lock.json'), `${JSON.stringify(lockfile, null, 2)}\n`);
  for (const [name, text] of Object.entries(CONFIG)) fs.writeFileSync(path.join(appDir, 'config', name), text);
};

const INHERITED = ['PATH', 'HOME', 'LANG', 'TMPDIR', 'npm_config_cache', 'npm_config_registry', 'npm_config_userconfig'];

/** A newsroom's shell: none of this repository's settings, nor those of a parent `npm test`. */
export const appEnv = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({
  ...Object.fromEntries(INHERITED.filter((name) => process.env[name] !== undefined).map((name) => [name, process.env[name]])),
  STRAPI_TELEMETRY_DISABLED: 'true',
  STRAPI_DISABLE_UPDATE_NOTIFICATION: 'true',
  ...extra,
});

// Install scripts are skipped: better-sqlite3's would compile SQLite (minutes, and headers from the
// network); the binary this repository built for the same version and Node is copied instead.
const NPM_INSTALL = ['install', '--no-audit', '--no-fund', '--ignore-scripts'];

/** Real `npm install` from the npm cache (`--offline`, else `--prefer-offline` for what the cache misses). */
export const installFreshApp = async (appDir: string, say: (line: string) => void) => {
  let mode = '--offline';
  let output: string;
  try {
    output = await runCommand('npm', [...NPM_INSTALL, mode], { cwd: appDir, env: appEnv() });
  } catch (error) {
    const missed = /request to (\S+) failed/.exec(String(error))?.[1] ?? String(error).split('\n')[0];
    say(`npm install --offline missed ${missed} in the npm cache; trying again with --prefer-offline`);
    mode = '--prefer-offline';
    output = await runCommand('npm', [...NPM_INSTALL, mode], { cwd: appDir, env: appEnv() });
  }
  const binary = path.join('node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
  fs.mkdirSync(path.dirname(path.join(appDir, binary)), { recursive: true });
  fs.copyFileSync(path.join(ROOT, binary), path.join(appDir, binary));
  return `${output.match(/added \d+ packages?/)?.[0] ?? 'installed'} (npm install ${mode})`;
};

const strapiBin = (appDir: string) => path.join(appDir, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');

export const buildFreshAdmin = (appDir: string) => runCommand(process.execPath, [strapiBin(appDir), 'build'], { cwd: appDir, env: appEnv() });

/** Where `strapi build` puts the admin of a JavaScript app. */
export const adminBuildDir = (appDir: string) => path.join(appDir, 'build');

const secret = () => randomBytes(24).toString('base64');

const generatedSecrets = () => ({
  APP_KEYS: [secret(), secret()].join(','),
  API_TOKEN_SALT: secret(),
  ADMIN_JWT_SECRET: secret(),
  TRANSFER_TOKEN_SALT: secret(),
  JWT_SECRET: secret(),
  ENCRYPTION_KEY: secret(),
});

export interface FreshServer {
  url: string;
  logs: () => string;
  stop(): Promise<void>;
}

/** `strapi start` in development on a free port of 127.0.0.1, ready once /_health answers. */
export const startFreshApp = async (appDir: string, timeoutMs = 180_000): Promise<FreshServer> => {
  const port = await freePort();
  const env = appEnv({ ...generatedSecrets(), HOST: '127.0.0.1', PORT: String(port), NODE_ENV: 'development' });
  const child = track(spawn(process.execPath, [strapiBin(appDir), 'start'], { cwd: appDir, env, stdio: ['ignore', 'pipe', 'pipe'] }));
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const logs = () => output.slice(-20_000);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor(async () => (await fetch(`${url}/_health`)).status === 204, child, 'The fresh app', logs, timeoutMs);
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  return { url, logs, stop: () => stopChild(child) };
};
