import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './lib/paths';

/** Regenerates the GraphQL types and fails when the committed files differ (stale codegen). */
const GENERATED = [
  'types/generated',
  'graphql/schema.graphql',
  'graphql/src/schema/resolvers.generated.ts',
  'graphql/src/schema/typeDefs.generated.ts',
  'examples/site/src/gql',
];
const codegen = path.join(path.dirname(require.resolve('@graphql-codegen/cli/package.json', { paths: [ROOT] })), 'cjs', 'bin.js');
const result = spawnSync(process.execPath, [codegen, '--config', 'graphql/codegen.ts', '--silent'], { cwd: ROOT, stdio: 'inherit' });
if (result.status !== 0) process.exit(result.status ?? 1);
// The example site's typed documents, generated from the schema just written.
const site = spawnSync(process.execPath, [codegen, '--config', 'codegen.ts', '--silent'], { cwd: path.join(ROOT, 'examples/site'), stdio: 'inherit' });
if (site.status !== 0) process.exit(site.status ?? 1);
const diff = execFileSync('git', ['status', '--porcelain', '--', ...GENERATED, 'graphql/src/schema'], { cwd: ROOT }).toString();
if (diff.trim()) {
  console.error(`Generated GraphQL files are stale or new resolver files were scaffolded; run \`npm run codegen\` and commit:\n${diff}`);
  process.exit(1);
}
console.log('Generated GraphQL files are up to date.');
