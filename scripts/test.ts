import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromiumVersion, CHROMIUM, INSTALL_CHROMIUM } from '../tests/e2e/support/chromium';
import { POSTGRES_ADMIN_URL, postgresReachable } from '../tests/support/databases';
import { buildServer } from './lib/build';
import { ROOT } from './lib/paths';

/**
 * `npm test` on a fresh clone: prepares what the selected suites need (Debian's chromium, the built
 * plugin, a local PostgreSQL), then runs jest with the arguments given. The browser tests build the
 * admin panel themselves when it is stale. .ci/run does some of this too; nothing here relies on it.
 */
const jest = path.join(path.dirname(require.resolve('jest/package.json', { paths: [ROOT] })), 'bin', 'jest.js');
const args = process.argv.slice(2);
const log = (line: string) => process.stdout.write(`[showrunner] ${line}\n`);

const prepare = async (what: string, step: () => string | Promise<string>) => {
  const started = Date.now();
  log(`Preparing: ${what} …`);
  const outcome = await step();
  log(`Ready: ${what} — ${outcome} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
};

/** The test files jest would run with these arguments (projects, path patterns), as jest itself selects them. */
const selectedTests = (): string[] | null => {
  const listed = spawnSync(process.execPath, [jest, '--listTests', '--json', ...args], { cwd: ROOT, encoding: 'utf8' });
  try {
    return listed.status === 0 ? (JSON.parse(listed.stdout) as string[]) : null;
  } catch {
    return null;
  }
};

const ensureChromium = () => {
  const installed = chromiumVersion();
  if (installed) return installed;
  log(`${CHROMIUM} is missing; installing Debian's chromium with ${path.relative(ROOT, INSTALL_CHROMIUM)} (apt-get) …`);
  const install = spawnSync('bash', [INSTALL_CHROMIUM], { cwd: ROOT, stdio: 'inherit', env: process.env });
  const version = chromiumVersion();
  if (install.status === 0 && version) return `installed ${version}`;
  throw new Error(
    `chromium for the browser tests (tests/e2e) is missing: ${CHROMIUM} ${fs.existsSync(CHROMIUM) ? 'does not start' : 'does not exist'}, ` +
      `and ${path.relative(ROOT, INSTALL_CHROMIUM)} could not install it (exit ${install.status ?? install.signal}). ` +
      `Install Debian's chromium as root (apt-get install chromium) or set SHOWRUNNER_CHROMIUM to a Chromium binary; ` +
      `without a browser, run the other suites: npm test -- --selectProjects unit api`
  );
};

/** Starts a stopped local Debian cluster (pg_ctlcluster), as a fresh machine's boot would have. */
const ensurePostgres = async () => {
  if (await postgresReachable()) return `reachable at ${POSTGRES_ADMIN_URL}`;
  const clusters = fs.existsSync('/etc/postgresql') ? fs.readdirSync('/etc/postgresql') : [];
  const local = ['127.0.0.1', 'localhost'].includes(new URL(POSTGRES_ADMIN_URL).hostname);
  const canStart = local && clusters.length > 0 && spawnSync('pg_ctlcluster', ['--help']).error === undefined;
  if (canStart) {
    log(`PostgreSQL is not answering at ${POSTGRES_ADMIN_URL}; starting the local cluster ${clusters[0]}/main …`);
    spawnSync('pg_ctlcluster', ['--skip-systemctl-redirect', clusters[0], 'main', 'start'], { stdio: 'inherit' });
    for (let attempt = 0; attempt < 30 && !(await postgresReachable()); attempt += 1) await new Promise((resolve) => setTimeout(resolve, 1000));
    if (await postgresReachable()) return `started, reachable at ${POSTGRES_ADMIN_URL}`;
  }
  const missing = `PostgreSQL at ${POSTGRES_ADMIN_URL} is not reachable${canStart ? ' (starting the local cluster did not help)' : ''}`;
  if (process.env.CI === 'true')
    throw new Error(`${missing}; under CI=true the PostgreSQL half of the API tests is required. Start PostgreSQL or set TEST_POSTGRES_URL.`);
  return `${missing}: the PostgreSQL half of the API tests will be skipped`;
};

const main = async () => {
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  const tests = selectedTests();
  const needs = (folder: string) => tests === null || tests.some((file) => file.startsWith(path.join(ROOT, folder) + path.sep));
  // Checked first: a missing browser should not wait for a build to be reported.
  if (needs('tests/e2e') || needs('tests/pack')) await prepare('chromium for the browser tests', ensureChromium);
  // The API and browser tests boot the built plugin in the demo host.
  await prepare('the plugin package and the demo host', () => (buildServer(), 'built'));
  // Under CI=true the global setup requires PostgreSQL whichever suites run.
  if (needs('tests/api') || process.env.CI === 'true') await prepare('PostgreSQL for the API tests', ensurePostgres);
  const result = spawnSync(process.execPath, [jest, ...args], { cwd: ROOT, stdio: 'inherit', env: process.env });
  return result.status ?? 1;
};

main().then(
  (status) => process.exit(status),
  (error) => {
    console.error(`[showrunner] Cannot run the tests: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
);
