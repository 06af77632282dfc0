import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const ESLINT = path.join(path.dirname(require.resolve('eslint/package.json', { paths: [ROOT] })), 'bin', 'eslint.js');

/**
 * The boundary messages `npm run lint` gives for `code` as if it were the file at `file` (the CLI
 * in a child process: ESLint loads its flat config with a dynamic import jest's VM does not allow).
 */
const lint = async (file: string, code: string): Promise<string[]> => {
  const run = spawnSync(process.execPath, [ESLINT, '--stdin', '--stdin-filename', file, '--format', 'json'], { cwd: ROOT, input: code, encoding: 'utf8' });
  const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string | null; message: string }[] }[];
  return result.messages.filter((m) => m.ruleId?.includes('restricted')).map((m) => m.message);
};

describe('the import boundaries of the layout', () => {
  jest.setTimeout(60_000);

  it('keep the GraphQL layer from importing the plugin, reading the environment or looking plugin services up by name', async () => {
    const messages = await lint(
      'graphql/src/probe.ts',
      "import { UID } from '../../plugin/server/src/register';\nimport plugin from '@showrunner/strapi-plugin';\nexport const x = [UID, plugin, process.env.X, strapi.plugin('showrunner')];\ndeclare const strapi: any;\n"
    );
    expect(messages).toHaveLength(4);
    expect(messages.join('\n')).toMatch(/never imports the plugin/);
    expect(messages.join('\n')).toMatch(/reads no environment/);
    expect(messages.join('\n')).toMatch(/does not look plugin services up by name/);
  });

  it('let the plugin use the GraphQL layer only through its package, and nothing of the tests', async () => {
    const messages = await lint(
      'plugin/server/src/probe.ts',
      "import { a } from '../../../graphql/src/mount';\nimport { b } from '../../../tests/support/server';\nimport { c } from '@showrunner/graphql';\nexport const x = [a, b, c];\n"
    );
    expect(messages).toEqual([expect.stringMatching(/through its package entry/), expect.stringMatching(/never imports the tests/)]);
  });

  it('keep the bench away from the tests and cms/ free of product code', async () => {
    expect(await lint('bench/probe.ts', "import { a } from '../tests/support/server';\nexport const x = a;\n")).toEqual([
      expect.stringMatching(/never by importing tests/),
    ]);
    expect(await lint('cms/config/probe.ts', "import { a } from '../../plugin/server/src/register';\nexport const x = a;\n")).toEqual([
      expect.stringMatching(/configuration only/),
    ]);
  });

  it('allow the shared domain definitions everywhere', async () => {
    expect(await lint('graphql/src/probe.ts', "import { UID } from '../../types/domain/uids';\nexport const x = UID;\n")).toEqual([]);
    expect(await lint('plugin/server/src/probe.ts', "import { UID } from '../../../types/domain/uids';\nexport const x = UID;\n")).toEqual([]);
  });
});
