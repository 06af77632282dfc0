import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** Debian's chromium; `npx playwright install` cannot download browsers here. */
export const CHROMIUM = process.env.SHOWRUNNER_CHROMIUM ?? '/usr/bin/chromium';

/** Installs it with apt-get when it is missing (`npm test` runs it before the suites). */
export const INSTALL_CHROMIUM = path.resolve(__dirname, '../install-chromium.sh');

/**
 * The version CHROMIUM reports, or null when it is missing or does not start. Only stdout is read:
 * Debian's wrapper script also prints a harmless `[: … unexpected operator` on stderr.
 */
export const chromiumVersion = (): string | null => {
  const result = spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  const version = result.status === 0 ? result.stdout.trim() : '';
  return /chrom/i.test(version) ? version : null;
};
