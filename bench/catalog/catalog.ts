import { spawn } from 'node:child_process';
import { createHash, type Hash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { benchEnv, CACHE_DIR, ROOT } from '../support/env';
import { progressBar } from '../support/progress';
import type { SeedMessage } from './seed-worker';
import { replicateInPlace } from './replicate';
import { describeSize, peoplePoolSize, syntheticCatalog, type CatalogSize } from './synthetic';

const WRITTEN_TYPES = ['series', 'season', 'credit', 'person', 'article', 'genre', 'platform', 'author', 'category'];

/**
 * What the seeded rows depend on besides the entries: the schemas of the types the catalog writes,
 * the components, the code that writes derived fields, and Strapi. Deliberately not the rest of
 * the plugin (admin, webhooks, other types): changes there do not change the rows the page reads,
 * and reseeding takes minutes. Strapi adds new tables and columns on boot.
 */
const CACHE_INPUTS = [
  ...WRITTEN_TYPES.map((type) => `plugin/server/src/content-types/${type}/schema.json`),
  'plugin/server/src/components',
  'plugin/server/src/document-rules.ts',
  'plugin/server/src/services/search-text.ts',
  'bench/catalog/write-documents.ts',
  'node_modules/@strapi/core/package.json',
];

/** Adds the JSON and TypeScript files under `inputs` (paths from the repository root) to a hash, in a stable order. */
const hashFiles = (hash: Hash, inputs: string[]) => {
  const visit = (file: string) => {
    if (fs.statSync(file).isDirectory())
      fs.readdirSync(file)
        .sort()
        .forEach((name) => visit(path.join(file, name)));
    else if (/\.(json|ts)$/.test(file)) hash.update(path.relative(ROOT, file)).update(fs.readFileSync(file));
  };
  inputs.forEach((input) => visit(path.join(ROOT, input)));
  return hash;
};

const hashInputs = (size: CatalogSize) => {
  const hash = createHash('sha256');
  for (const entry of syntheticCatalog(size)) hash.update(JSON.stringify(entry));
  return hashFiles(hash, CACHE_INPUTS).digest('hex').slice(0, 16);
};

export interface SeedReport {
  documents: number;
  seconds: number;
  perType: Record<string, { count: number; seconds: number }>;
}

export interface Catalog {
  size: CatalogSize;
  file: string;
  /** How long the Document Service took to write it (or its template), measured when the cache file was made. */
  seed: SeedReport;
  cached: boolean;
  /** Set when the catalog is copies of a seeded template (replicate.ts) rather than seeded itself. */
  replication?: { copies: number; templateSeries: number; seconds: number };
  /**
   * Set when `--stale-catalog` reused a file seeded before the code or content model it is keyed
   * by last changed (Strapi syncs the schema on boot; the rows are those of the earlier model).
   */
  stale?: { seededAt: string };
  /** Set when the demo content (Ballard) was loaded on top of the synthetic catalog by the plugin's loader. */
  demo?: { created: number; seconds: number };
}

const seed = (size: CatalogSize, file: string, timeoutSeconds: number) =>
  new Promise<SeedReport>((resolve, reject) => {
    const bar = progressBar(`[bench] seeding ${describeSize(size)}`);
    const logs: string[] = [];
    const child = spawn(process.execPath, ['--require', 'tsx/cjs', path.join(__dirname, 'seed-worker.ts'), JSON.stringify(size)], {
      cwd: ROOT,
      env: benchEnv(file, { STRAPI_LOG_LEVEL: 'warn' }),
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    const keep = (chunk: Buffer) => logs.push(String(chunk)) > 200 && logs.shift();
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutSeconds * 1000);
    let report: SeedReport | undefined;
    let last = { done: 0, total: 0 };
    child.on('message', (message: SeedMessage) => {
      if (message.kind === 'progress') {
        last = message;
        bar.update(message.done, message.total, message.type);
      } else report = { documents: message.total, seconds: message.seconds, perType: message.perType };
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (report) {
        bar.finish(`${report.documents} documents in ${report.seconds.toFixed(1)} s (${(report.documents / report.seconds).toFixed(0)} documents/s)`);
        resolve(report);
      } else {
        bar.finish('stopped');
        reject(
          Object.assign(new Error(`seeding stopped (exit ${code}) after ${last.done}/${last.total} documents\n${logs.join('').slice(-4000)}`), {
            progress: last,
          })
        );
      }
    });
  });

/** The most recently seeded cache file of a size, whatever inputs it was keyed by. */
const newestOfSize = (prefix: string) =>
  fs
    .readdirSync(CACHE_DIR)
    .filter(
      (name) => name.startsWith(`${prefix}-`) && /^[^.]*-[0-9a-f]{16}\.db$/.test(name) && fs.existsSync(path.join(CACHE_DIR, name.replace(/\.db$/, '.json')))
    )
    .map((name) => path.join(CACHE_DIR, name))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0] ?? null;

const hashes = new Map<string, string>();

const pathsOf = (size: CatalogSize) => {
  const key = JSON.stringify(size);
  if (!hashes.has(key)) hashes.set(key, hashInputs(size));
  const base = path.join(CACHE_DIR, `catalog-${size.series}x${size.seasons}x${[size.credits].flat().join('-')}x${size.articles}-${hashes.get(key)}`);
  return { base, file: `${base}.db`, meta: `${base}.json` };
};

/** Where the catalog of this size is (or would be) cached. */
export const cachedCatalogFile = (size: CatalogSize) => pathsOf(size).file;

export const hasCachedCatalog = (size: CatalogSize) => {
  const { file, meta } = pathsOf(size);
  return fs.existsSync(file) && fs.existsSync(meta);
};

/** How the cached catalog of this size was seeded, if there is one. */
export const cachedSeedReport = (size: CatalogSize): SeedReport | null =>
  hasCachedCatalog(size) ? JSON.parse(fs.readFileSync(pathsOf(size).meta, 'utf8')) : null;

/**
 * A SQLite file holding the catalog, seeded through the Document Service once per size and code
 * version and then reused from bench/.cache. Callers get a private copy to boot Strapi on.
 */
export const ensureCatalog = async (size: CatalogSize, { timeoutSeconds = 3600, reseed = false, staleOk = false } = {}): Promise<Catalog> => {
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  const { base, file, meta } = pathsOf(size);
  if (!reseed && hasCachedCatalog(size)) return { size, file, seed: cachedSeedReport(size)!, cached: true };
  const stale = !reseed && staleOk ? newestOfSize(path.basename(base).replace(/-[0-9a-f]{16}$/, '')) : null;
  if (stale) {
    console.log(`[bench] --stale-catalog: reusing ${path.relative(ROOT, stale)}, seeded before its inputs last changed`);
    return {
      size,
      file: stale,
      seed: JSON.parse(fs.readFileSync(stale.replace(/\.db$/, '.json'), 'utf8')),
      cached: true,
      stale: { seededAt: fs.statSync(stale).mtime.toISOString() },
    };
  }
  // Seeded on tmpfs when there is one: SQLite syncs every transaction, and these writes need no durability.
  const partial = path.join(fs.existsSync('/dev/shm') ? '/dev/shm' : CACHE_DIR, `${path.basename(base)}.partial.db`);
  fs.rmSync(partial, { force: true });
  try {
    const report = await seed(size, partial, timeoutSeconds);
    fs.copyFileSync(partial, file);
    fs.writeFileSync(meta, JSON.stringify(report, null, 2));
    return { size, file, seed: report, cached: false };
  } finally {
    fs.rmSync(partial, { force: true });
  }
};

/**
 * A catalog of `copies` times the template's series, made by copying the template's rows
 * (replicate.ts) instead of writing each document through the Document Service; cached like seeds.
 */
export const ensureReplicatedCatalog = async (template: Catalog, copies: number): Promise<Catalog> => {
  const size = { ...template.size, series: template.size.series * copies };
  const base = `${template.file.replace(/\.db$/, '')}-x${copies}`;
  const file = `${base}.db`;
  const meta = `${base}.json`;
  if (fs.existsSync(file) && fs.existsSync(meta))
    return { size, file, seed: template.seed, cached: true, replication: JSON.parse(fs.readFileSync(meta, 'utf8')) };
  const partial = path.join(fs.existsSync('/dev/shm') ? '/dev/shm' : CACHE_DIR, `${path.basename(base)}.partial.db`);
  fs.copyFileSync(template.file, partial);
  try {
    const bar = progressBar(`[bench] replicating ${describeSize(template.size)} x${copies}`);
    const started = Date.now();
    replicateInPlace(partial, { copies, seriesPerCopy: template.size.series, peoplePerCopy: peoplePoolSize(template.size) }, (done) =>
      bar.update(done, copies)
    );
    const replication = { copies, templateSeries: template.size.series, seconds: (Date.now() - started) / 1000 };
    bar.finish(`done in ${replication.seconds.toFixed(1)} s`);
    fs.copyFileSync(partial, file);
    fs.writeFileSync(meta, JSON.stringify(replication, null, 2));
    return { size, file, seed: template.seed, cached: false, replication };
  } finally {
    fs.rmSync(partial, { force: true });
  }
};

/** The demo content and the code that loads it: the layer's cache key besides the catalog's. */
const DEMO_INPUTS = ['plugin/server/src/demo', 'plugin/server/src/services/demo-content.ts'];

/** Boots Strapi in a child (boot-worker.ts) on the given environment; resolves with what the worker sent, if anything. */
export const runBootWorker = (mode: 'schema' | 'demo', env: NodeJS.ProcessEnv, timeoutSeconds = 600) =>
  new Promise<unknown>((resolve, reject) => {
    const logs: string[] = [];
    const child = spawn(process.execPath, ['--require', 'tsx/cjs', path.join(__dirname, 'boot-worker.ts'), mode], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    const keep = (chunk: Buffer) => logs.push(String(chunk)) > 200 && logs.shift();
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutSeconds * 1000);
    let message: unknown;
    child.on('message', (sent) => (message = sent));
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(message);
      else reject(new Error(`the ${mode} worker stopped (exit ${code})\n${logs.join('').slice(-4000)}`));
    });
  });

/**
 * The catalog with the demo content loaded on top by the plugin's own loader (Ballard as shipped:
 * the whole page, every relation kind), so one server serves both; cached beside the catalog.
 */
export const ensureDemoLayer = async (catalog: Catalog): Promise<Catalog> => {
  const hash = hashFiles(createHash('sha256').update(catalog.file), DEMO_INPUTS).digest('hex').slice(0, 12);
  const base = `${catalog.file.replace(/\.db$/, '')}-demo-${hash}`;
  const [file, meta] = [`${base}.db`, `${base}.json`];
  if (fs.existsSync(file) && fs.existsSync(meta)) return { ...catalog, file, demo: JSON.parse(fs.readFileSync(meta, 'utf8')) };
  const partial = path.join(fs.existsSync('/dev/shm') ? '/dev/shm' : CACHE_DIR, `${path.basename(base)}.partial.db`);
  fs.copyFileSync(catalog.file, partial);
  try {
    process.stdout.write('[bench] loading the demo content (Ballard) into the catalog …');
    const started = Date.now();
    const report = (await runBootWorker('demo', benchEnv(partial, { STRAPI_LOG_LEVEL: 'warn' }))) as { created: number };
    const demo = { created: report.created, seconds: (Date.now() - started) / 1000 };
    process.stdout.write(` ${demo.created} entries in ${demo.seconds.toFixed(1)} s (with boot)\n`);
    fs.copyFileSync(partial, file);
    fs.writeFileSync(meta, JSON.stringify(demo, null, 2));
    return { ...catalog, file, demo };
  } finally {
    fs.rmSync(partial, { force: true });
  }
};

/** A throwaway copy of a catalog for one server run, so the cached file stays as seeded. */
export const copyCatalog = (catalog: Catalog, name: string) => {
  const dir = path.join(CACHE_DIR, 'runs');
  fs.mkdirSync(dir, { recursive: true });
  const copy = path.join(dir, `${name}-${process.pid}.db`);
  fs.copyFileSync(catalog.file, copy);
  return copy;
};
