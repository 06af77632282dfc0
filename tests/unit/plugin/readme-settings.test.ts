import fs from 'node:fs';
import path from 'node:path';
import { SETTINGS } from '../../../plugin/server/src/config/settings';

const readme = fs.readFileSync(path.resolve(__dirname, '../../../README.md'), 'utf8');
const rows = readme.split('\n').filter((line) => line.startsWith('| `'));

describe("README's configuration table", () => {
  it.each(SETTINGS.map((s) => [s.key, s.env]))('lists %s with its variable %s', (key, env) => {
    expect(rows.some((row) => row.startsWith(`| \`${key}\` | \`${env}\` |`))).toBe(true);
  });
});
