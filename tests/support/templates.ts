import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { tryLock, unlock } from '../../scripts/lib/dir-lock';
import { ROOT } from '../../scripts/lib/paths';
import { createDatabase, withAdminClient, type DatabaseKind, type TestDatabase } from './databases';
import { startServer } from './server';

/**
 * Databases cloned from templates made once per build: a first boot on an empty database (schema
 * sync, demo content through the Document Service) took 26 to 29 s on the loaded CI machine, a boot
 * on a database that had been booted once 9 to 10 s, and most suites only need the second. A
 * template is what one real boot (or a suite's own setup) left in an empty database; clones are
 * byte copies (SQLite) or `CREATE DATABASE … TEMPLATE` (PostgreSQL). Templates are keyed by the
 * built plugin's input hash, so a code change makes new ones; suites that test the first boot
 * itself (scale-out, the demo reader) keep using createDatabase.
 */
const STAMP = path.join(ROOT, 'plugin', 'dist', '.showrunner-inputs');
const DIR = path.join(os.tmpdir(), 'showrunner-db-templates');
const VERSION = '2';

const keyOf = (name: string) =>
  createHash('sha256')
    .update(VERSION)
    .update(name)
    .update(fs.existsSync(STAMP) ? fs.readFileSync(STAMP) : `unbuilt ${Date.now()}`)
    .digest('hex')
    .slice(0, 16);

/**
 * Another checkout's template (the key includes the checkout's path) is removed only when nobody
 * used it for this long: a second checkout testing at the same time must not lose the one it clones.
 */
const UNUSED_MS = 2 * 3_600_000;
const readMeta = <Meta>(file: string) => (JSON.parse(fs.readFileSync(file, 'utf8')) as { root: string; meta: Meta }).meta;
/** Another key's template may go: this checkout's own (its code changed), or one nobody used for UNUSED_MS (or without its meta file). */
const replaceable = (metaFile: string) => {
  const stat = fs.statSync(metaFile, { throwIfNoEntry: false });
  if (!stat || Date.now() - stat.mtimeMs > UNUSED_MS) return true;
  try {
    return (JSON.parse(fs.readFileSync(metaFile, 'utf8')) as { root?: string }).root === ROOT;
  } catch {
    return true;
  }
};
/** Marks a template as used (its mtime), so other checkouts' clean-ups leave it alone. */
const touch = (file: string) => {
  const now = new Date();
  fs.utimesSync(file, now, now);
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One maker per template at a time, across jest workers and runs (a directory lock, taken over from a dead owner). */
const withLock = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
  fs.mkdirSync(DIR, { recursive: true });
  const lock = path.join(DIR, `${name}.lock`);
  while (tryLock(lock) !== null) await sleep(250);
  try {
    return await work();
  } finally {
    unlock(lock);
  }
};

interface Template<Meta> {
  meta: Meta;
  clone(): Promise<TestDatabase>;
}

const sqliteTemplate = async <Meta>(name: string, key: string, make: (database: TestDatabase) => Promise<Meta>): Promise<Template<Meta>> => {
  const folder = path.join(DIR, `sqlite-${name}-${key}`);
  const [file, metaFile] = [path.join(folder, 'data.db'), path.join(folder, 'meta.json')];
  if (!fs.existsSync(metaFile))
    await withLock(`sqlite-${name}`, async () => {
      if (fs.existsSync(metaFile)) return;
      for (const old of fs.readdirSync(DIR).filter((entry) => entry.startsWith(`sqlite-${name}-`) && !entry.endsWith('.lock')))
        if (replaceable(path.join(DIR, old, 'meta.json'))) fs.rmSync(path.join(DIR, old), { recursive: true, force: true });
      const database = await createDatabase('sqlite');
      try {
        const meta = await make(database);
        fs.mkdirSync(folder, { recursive: true });
        for (const suffix of ['', '-wal'])
          if (fs.existsSync(database.env.DATABASE_FILENAME + suffix)) fs.copyFileSync(database.env.DATABASE_FILENAME + suffix, file + suffix);
        fs.writeFileSync(metaFile, JSON.stringify({ root: ROOT, meta: meta ?? null }));
      } finally {
        await database.drop();
      }
    });
  return {
    meta: readMeta<Meta>(metaFile),
    clone: async () => {
      touch(metaFile);
      const database = await createDatabase('sqlite');
      fs.mkdirSync(path.dirname(database.env.DATABASE_FILENAME), { recursive: true });
      for (const suffix of ['', '-wal']) if (fs.existsSync(file + suffix)) fs.copyFileSync(file + suffix, database.env.DATABASE_FILENAME + suffix);
      return database;
    },
  };
};

const postgresTemplate = async <Meta>(name: string, key: string, make: (database: TestDatabase) => Promise<Meta>): Promise<Template<Meta>> => {
  const prefix = `showrunner_tpl_${name.replace(/[^a-z0-9]/g, '_')}_`;
  const template = `${prefix}${key}`;
  const metaFile = path.join(DIR, `postgres-${name}-${key}.json`);
  const exists = () => withAdminClient(async (client) => (await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [template])).rowCount === 1);
  if (!fs.existsSync(metaFile) || !(await exists()))
    await withLock(`postgres-${name}`, async () => {
      if (fs.existsSync(metaFile) && (await exists())) return;
      const stale = await withAdminClient(async (client) => (await client.query('SELECT datname FROM pg_database WHERE datname LIKE $1', [`${prefix}%`])).rows);
      for (const { datname } of stale) {
        const staleMeta = path.join(DIR, `postgres-${name}-${String(datname).slice(prefix.length)}.json`);
        if (!replaceable(staleMeta)) continue;
        await withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`));
        fs.rmSync(staleMeta, { force: true });
      }
      const database = await createDatabase('postgres');
      const source = new URL(database.env.DATABASE_URL).pathname.slice(1);
      try {
        const meta = await make(database);
        // Renamed, not copied: the made database becomes the template, published whole or not at all.
        await withAdminClient((client) => client.query(`ALTER DATABASE ${source} RENAME TO ${template}`));
        fs.writeFileSync(metaFile, JSON.stringify({ root: ROOT, meta: meta ?? null }));
      } catch (error) {
        await database.drop();
        throw error;
      }
    });
  return {
    meta: readMeta<Meta>(metaFile),
    clone: async () => {
      touch(metaFile);
      const database = await createDatabase('postgres');
      const target = new URL(database.env.DATABASE_URL).pathname.slice(1);
      // createDatabase made an empty one under the name; it is made again from the template.
      for (let attempt = 0; ; attempt += 1) {
        try {
          await withAdminClient(async (client) => {
            await client.query(`DROP DATABASE IF EXISTS ${target}`);
            await client.query(`CREATE DATABASE ${target} TEMPLATE ${template}`);
          });
          return database;
        } catch (error) {
          // "source database is being accessed by other users": the maker's pool may still be closing.
          if (attempt >= 20 || !/being accessed/.test(String(error))) throw error;
          await sleep(250);
        }
      }
    },
  };
};

/**
 * A fresh database holding what `make` left in an empty one (made once per build and name), and
 * what `make` returned (JSON). `make` must leave nothing running that still writes.
 */
export const fromTemplate = async <Meta = null>(
  kind: DatabaseKind,
  name: string,
  make: (database: TestDatabase) => Promise<Meta>
): Promise<{ database: TestDatabase; meta: Meta }> => {
  const template = await (kind === 'sqlite' ? sqliteTemplate : postgresTemplate)(name, keyOf(name), make);
  return { database: await template.clone(), meta: template.meta };
};

/**
 * A fresh database as a first boot leaves it, without paying for that boot again: `demo` with the
 * demo content (the Ballard universe, the demo reader, the demo load's outbox events), `schema`
 * with SHOWRUNNER_DEMO_CONTENT=off (tables, indexes, roles and permissions, no content).
 */
export const bootedDatabase = async (kind: DatabaseKind, content: 'demo' | 'schema'): Promise<TestDatabase> =>
  (
    await fromTemplate(kind, content, async (database) => {
      const server = await startServer(database, { SHOWRUNNER_DEMO_CONTENT: content === 'demo' ? 'on' : 'off' });
      await server.stop();
      return null;
    })
  ).database;
