import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { buildServer } from '../../scripts/lib/build';
import { PLUGIN_DIR, PLUGIN_SDK_BIN, ROOT } from '../../scripts/lib/paths';
import { runCommand } from './run-command';

export const PLUGIN_PACKAGE = '@showrunner/strapi-plugin';

export interface PluginManifest {
  name: string;
  version: string;
  license?: string;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

const BUNDLES = { server: ['dist/server/index.js', 'dist/server/index.mjs'], admin: ['dist/admin/index.js', 'dist/admin/index.mjs'] };
// What the bundles are built from: the GraphQL layer and the shared types are bundled in.
const SOURCES = ['plugin/server/src', 'plugin/admin/src', 'plugin/package.json', 'graphql/src', 'types'];

const newestChange = (file: string): number => {
  if (!fs.existsSync(file)) return 0;
  if (!fs.statSync(file).isDirectory()) return fs.statSync(file).mtimeMs;
  return Math.max(0, ...fs.readdirSync(file).map((name) => newestChange(path.join(file, name))));
};

/** `npm test` builds before jest starts; run alone (`npx jest …`), this builds when a bundle is older than its sources. */
export const buildPluginIfStale = () => {
  const bundles = [...BUNDLES.server, ...BUNDLES.admin].map((file) => path.join(PLUGIN_DIR, file));
  const builtAt = bundles.every((file) => fs.existsSync(file)) ? Math.min(...bundles.map((file) => fs.statSync(file).mtimeMs)) : 0;
  if (builtAt > Math.max(...SOURCES.map((source) => newestChange(path.join(ROOT, source))))) return 'bundles newer than their sources';
  buildServer();
  return 'built';
};

export const verifyPlugin = () => runCommand(process.execPath, [PLUGIN_SDK_BIN, 'verify'], { cwd: PLUGIN_DIR, env: process.env });

/** `npm pack` into `destination`: the tarball a registry would serve, and the manifest inside it. */
export const packPlugin = async (destination: string) => {
  const output = await runCommand('npm', ['pack', '--json', '--pack-destination', destination], { cwd: PLUGIN_DIR, env: process.env });
  const [packed] = JSON.parse(output.slice(output.indexOf('['))) as { filename: string; files: { path: string }[] }[];
  const tarball = path.join(destination, packed.filename);
  const manifest = JSON.parse(await runCommand('tar', ['-xzOf', tarball, 'package/package.json'], { cwd: destination, env: process.env })) as PluginManifest;
  return { tarball, manifest, files: packed.files.map((file) => file.path) };
};

// require("x"), import … from "x", import "x", export … from "x", import("x"): how the SDK's bundles name packages.
const SPECIFIER = /\brequire\(\s*"([^"]+)"\s*\)|^\s*(?:import|export)\b[^"'\n]*?"([^"]+)";?\s*$|\bimport\(\s*"([^"]+)"\s*\)/gm;

const isBuiltin = (specifier: string) => specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0]);
const packageOf = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

const specifiersIn = (files: string[]) => {
  const found = files.flatMap((file) => [...fs.readFileSync(file, 'utf8').matchAll(SPECIFIER)].map((match) => match[1] ?? match[2] ?? match[3]));
  return [...new Set(found.filter((specifier) => !specifier.startsWith('.') && !specifier.startsWith('/') && !isBuiltin(specifier)))].sort();
};

// Resolves, from the installed plugin's folder, the server's imports as require() does and the admin's as import does.
const RESOLVE = `
import { createRequire } from 'node:module';
const [server, admin] = JSON.parse(process.argv[1]);
const require = createRequire(process.cwd() + '/package.json');
const missing = [];
for (const specifier of server) try { require.resolve(specifier); } catch { missing.push(specifier + ' (server, require)'); }
for (const specifier of admin) try { import.meta.resolve(specifier); } catch { missing.push(specifier + ' (admin, import)'); }
console.log(JSON.stringify(missing));
`;

/**
 * The packages the installed plugin imports, and what is wrong with them: each must be one of its
 * own dependencies or peers (found only because the host happens to have it is not enough), and
 * must resolve from where npm put the plugin.
 */
export const importsOfInstalledPlugin = async (appDir: string, env: NodeJS.ProcessEnv) => {
  const pluginDir = path.join(appDir, 'node_modules', PLUGIN_PACKAGE);
  const manifest = JSON.parse(fs.readFileSync(path.join(pluginDir, 'package.json'), 'utf8')) as PluginManifest;
  const declared = new Set([...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {})]);
  const server = specifiersIn(BUNDLES.server.map((file) => path.join(pluginDir, file)));
  const admin = specifiersIn(BUNDLES.admin.map((file) => path.join(pluginDir, file)));
  const packages = [...new Set([...server, ...admin].map(packageOf))].sort();
  const undeclared = packages.filter((name) => !declared.has(name)).map((name) => `${name} (imported, but not in its dependencies or peerDependencies)`);
  const output = await runCommand(process.execPath, ['--input-type=module', '-e', RESOLVE, JSON.stringify([server, admin])], { cwd: pluginDir, env });
  const unresolved = (JSON.parse(output) as string[]).map((missing) => `${missing} does not resolve from ${path.relative(appDir, pluginDir)}`);
  return { server, admin, packages, problems: [...undeclared, ...unresolved] };
};
