import Database from 'better-sqlite3';
import type { TracedStatement } from '../trace';

export interface TableScan {
  /** 1-based position of the statement in the page's trace. */
  statement: number;
  table: string;
  rows: number;
  detail: string;
}

const ALIASES = /(?:from|join)\s+["`]?(\w+)["`]?\s+as\s+["`]?(\w+)["`]?/gi;

/** SQLite binds numbers, strings, null and buffers; the trace came as JSON. */
const bindable = (value: unknown) => (typeof value === 'boolean' ? Number(value) : value);

/**
 * Asks SQLite for the plan of every statement a page ran (with its bindings, as traced) and
 * returns the tables of more than `minRows` rows that a statement reads from end to end
 * (`SCAN`, with or without an index) instead of looking rows up (`SEARCH`): the reads that grow
 * with the catalog rather than with the page.
 */
export const tableScans = (file: string, statements: TracedStatement[], minRows = 1000): TableScan[] => {
  const db = new Database(file, { readonly: true });
  try {
    const counts = new Map<string, number>();
    const rowsOf = (table: string) => {
      if (!counts.has(table)) counts.set(table, (db.prepare(`select count(*) as n from "${table}"`).get() as { n: number }).n);
      return counts.get(table)!;
    };
    const tables = new Set((db.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[]).map((t) => t.name));
    const scans: TableScan[] = [];
    statements.forEach((statement, index) => {
      if (!/^\s*(select|with)\b/i.test(statement.sql)) return;
      const aliases = new Map([...statement.sql.matchAll(ALIASES)].map((match) => [match[2], match[1]]));
      let plan: { detail: string }[];
      try {
        plan = db.prepare(`explain query plan ${statement.sql}`).all(...(statement.bindings ?? []).map(bindable)) as { detail: string }[];
      } catch (error) {
        scans.push({ statement: index + 1, table: '?', rows: NaN, detail: `no plan: ${error instanceof Error ? error.message : error}` });
        return;
      }
      for (const { detail } of plan) {
        const name = detail.match(/^SCAN (\w+)/)?.[1];
        const table = name && (aliases.get(name) ?? name);
        if (table && tables.has(table) && rowsOf(table) > minRows) scans.push({ statement: index + 1, table, rows: rowsOf(table), detail });
      }
    });
    return scans;
  } finally {
    db.close();
  }
};
