import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ADMIN_BUILD, CMS_DIR, PLUGIN_DIR, PLUGIN_SDK_BIN, ROOT, STRAPI_BIN, TSC_BIN } from './paths';

const run = (label: string, command: string, args: string[], cwd = ROOT) => {
  const started = Date.now();
  process.stdout.write(`[showrunner] ${label} …\n`);
  const result = spawnSync(process.execPath, [command, ...args], { cwd, stdio: 'inherit', env: process.env });
  if (result.status !== 0) throw new Error(`${label} failed (exit ${result.status}).`);
  process.stdout.write(`[showrunner] ${label} done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
};

/**
 * Builds the plugin package with Strapi's plugin SDK (server and admin bundles, the GraphQL layer
 * bundled in) and compiles the demo host's configuration.
 */
export const buildServer = () => {
  run('Building the plugin package (strapi-plugin build)', PLUGIN_SDK_BIN, ['build'], PLUGIN_DIR);
  run('Compiling the demo host configuration', TSC_BIN, ['-p', 'cms/tsconfig.json']);
};

const ADMIN_INPUTS = ['package-lock.json', 'plugin/dist/admin', 'cms/config/admin.ts', 'cms/config/plugins.ts'];

const hashInputs = () => {
  const hash = createHash('sha256');
  const visit = (file: string) => {
    if (!fs.existsSync(file)) return;
    if (fs.statSync(file).isDirectory())
      fs.readdirSync(file)
        .sort()
        .forEach((name) => visit(path.join(file, name)));
    else hash.update(file).update(fs.readFileSync(file));
  };
  ADMIN_INPUTS.forEach((input) => visit(path.join(ROOT, input)));
  return hash.digest('hex');
};

const STAMP = path.join(ADMIN_BUILD, '.showrunner-inputs');

export const adminIsStale = () =>
  !fs.existsSync(path.join(ADMIN_BUILD, 'index.html')) || !fs.existsSync(STAMP) || fs.readFileSync(STAMP, 'utf8') !== hashInputs();

/** Builds the admin panel (about 35 s) and stamps it with a hash of what it was built from. */
export const buildAdmin = () => {
  run('Building the admin panel (first start or changed admin code; about a minute)', STRAPI_BIN, ['build'], CMS_DIR);
  fs.writeFileSync(STAMP, hashInputs());
};
