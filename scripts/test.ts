import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { buildServer } from './lib/build';
import { ROOT } from './lib/paths';

/** `npm test`: compile (the API tests boot the compiled Strapi), then run every jest project. */
try {
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  buildServer();
} catch (error) {
  console.error(`[showrunner] ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
const jest = path.join(path.dirname(require.resolve('jest/package.json', { paths: [ROOT] })), 'bin', 'jest.js');
const result = spawnSync(process.execPath, [jest, ...process.argv.slice(2)], { cwd: ROOT, stdio: 'inherit', env: process.env });
process.exit(result.status ?? 1);
