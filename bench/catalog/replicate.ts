import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../support/env';
import { renumberText } from './synthetic';

/** The content types a series brings along; shared pools (genres, platforms, authors) are linked, not copied. */
const PER_SERIES_TYPES = ['series', 'season', 'credit', 'person', 'article'];
const POOL_TYPES = ['genre', 'platform', 'author', 'category'];
const PLUGIN_DIR = path.join(ROOT, 'plugin/server/src');

const collectionOf = (file: string) => (JSON.parse(fs.readFileSync(file, 'utf8')) as { collectionName: string }).collectionName;

type Row = Record<string, unknown>;

interface TablePlan {
  name: string;
  columns: string[];
  rows: Row[];
  /** Foreign key column -> referenced table. */
  references: Map<string, string>;
  /** Order column -> [its entity's column, the column it is grouped by]. */
  orders: Map<string, [string, string]>;
}

export interface Replication {
  copies: number;
  seriesPerCopy: number;
  peoplePerCopy: number;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Turns a Document-Service-seeded catalog into `copies` copies of itself, in place: every row of
 * the per-series types, their link tables, components and component joins is inserted again with
 * ids shifted past the template's, new document ids, and the numbers in its texts shifted (so
 * slugs, titles and search text stay unique). Links into shared pools keep their targets and get
 * order positions after the template's, as if the copies had been created after it. The result
 * is row for row what the Document Service writes, without the hours it takes to write it.
 */
export const replicateInPlace = (file: string, { copies, seriesPerCopy, peoplePerCopy }: Replication, onProgress?: (copy: number) => void) => {
  const db = new Database(file);
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  try {
    const tableOf = (type: string) => collectionOf(path.join(PLUGIN_DIR, 'content-types', type, 'schema.json'));
    const entities = new Set(PER_SERIES_TYPES.map(tableOf));
    const linkable = new Set([...entities, ...POOL_TYPES.map(tableOf), 'admin_users']);
    const componentTables = new Map(
      fs
        .readdirSync(path.join(PLUGIN_DIR, 'components'))
        .filter((name) => name.endsWith('.json'))
        .map((name) => [`showrunner.${name.replace(/\.json$/, '')}`, collectionOf(path.join(PLUGIN_DIR, 'components', name))])
    );
    const tables = (db.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[]).map((t) => t.name);
    const plans: TablePlan[] = [];
    for (const name of tables) {
      const references = new Map<string, string>();
      for (const fk of db.prepare(`pragma foreign_key_list(${quote(name)})`).all() as { from: string; table: string }[]) references.set(fk.from, fk.table);
      const linksEntity = [...references.values()].some((table) => entities.has(table));
      const isComponent = [...componentTables.values()].includes(name);
      if (!entities.has(name) && !isComponent && !linksEntity) continue;
      const rows = db.prepare(`select * from ${quote(name)}`).all() as Row[];
      const foreign = [...references.values()].find((table) => !linkable.has(table));
      if (rows.length > 0 && (foreign || name.endsWith('_mph'))) {
        throw new Error(`replicate: ${name} links rows of ${foreign ?? 'several types'}, which the bench does not copy`);
      }
      const columns = (db.prepare(`pragma table_info(${quote(name)})`).all() as { name: string }[]).map((c) => c.name);
      const orders = new Map<string, [string, string]>();
      for (const column of columns.filter((c) => c.endsWith('_ord'))) {
        const own = column.replace(/_ord$/, '_id');
        const group = [...references.keys()].find((fk) => fk !== own && fk !== 'created_by_id' && fk !== 'updated_by_id');
        if (references.has(own) && group) orders.set(column, [own, group]);
      }
      plans.push({ name, columns, rows, references, orders });
    }

    // Rows before the links to them: SQLite checks the foreign keys on every insert.
    plans.sort((a, b) => Number(a.references.size > 0 && !entities.has(a.name)) - Number(b.references.size > 0 && !entities.has(b.name)));
    const maxId = new Map(plans.map((plan) => [plan.name, Math.max(0, ...plan.rows.map((row) => Number(row.id)))]));
    // Per pool target, the last order position the template used: copies continue after it.
    const groupMax = new Map<string, number>();
    for (const plan of plans) {
      for (const [column, [, group]] of plan.orders) {
        if (entities.has(plan.references.get(group)!)) continue;
        for (const row of plan.rows) {
          const key = `${plan.name}.${column}.${row[group]}`;
          groupMax.set(key, Math.max(groupMax.get(key) ?? 0, Number(row[column] ?? 0)));
        }
      }
    }

    const shiftId = (table: string | undefined, id: unknown, copy: number) =>
      id === null || table === undefined || !maxId.has(table) ? id : Number(id) + copy * maxId.get(table)!;
    const documentId = (id: string, copy: number) => `${id.slice(0, 20)}${copy.toString(36).padStart(4, '0')}`;

    const copyRow = (plan: TablePlan, row: Row, copy: number): Row => {
      const next: Row = {};
      for (const column of plan.columns) {
        const value = row[column];
        if (column === 'id') next.id = shiftId(plan.name, value, copy);
        else if (column === 'document_id' && typeof value === 'string') next[column] = documentId(value, copy);
        else if (column === 'cmp_id') next[column] = shiftId(componentTables.get(String(row.component_type)), value, copy);
        else if (plan.references.has(column) && column !== 'created_by_id' && column !== 'updated_by_id')
          next[column] = shiftId(plan.references.get(column), value, copy);
        else if (plan.orders.has(column) && !entities.has(plan.references.get(plan.orders.get(column)![1])!)) {
          next[column] = value === null ? null : Number(value) + copy * groupMax.get(`${plan.name}.${column}.${row[plan.orders.get(column)![1]]}`)!;
        } else if (typeof value === 'string') next[column] = renumberText(value, copy * seriesPerCopy, copy * peoplePerCopy);
        else next[column] = value;
      }
      return next;
    };

    for (let copy = 1; copy < copies; copy += 1) {
      db.transaction(() => {
        for (const plan of plans) {
          const insert = db.prepare(
            `insert into ${quote(plan.name)} (${plan.columns.map(quote).join(', ')}) values (${plan.columns.map(() => '?').join(', ')})`
          );
          for (const row of plan.rows) {
            const next = copyRow(plan, row, copy);
            insert.run(...plan.columns.map((column) => next[column] as never));
          }
        }
      })();
      onProgress?.(copy + 1);
    }
    return plans.map((plan) => ({ table: plan.name, templateRows: plan.rows.length }));
  } finally {
    db.close();
  }
};
