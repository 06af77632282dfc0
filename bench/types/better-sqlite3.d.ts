/** The part of better-sqlite3's API the bench uses (the project has no @types/better-sqlite3). */
declare module 'better-sqlite3' {
  interface Statement {
    all(...params: unknown[]): unknown[];
    get(...params: unknown[]): unknown;
    run(...params: unknown[]): unknown;
    iterate(...params: unknown[]): IterableIterator<unknown>;
    /** Rows as arrays of column values rather than objects. */
    raw(toggle?: boolean): this;
  }
  interface Database {
    prepare(sql: string): Statement;
    pragma(source: string): unknown;
    transaction<T extends (...args: never[]) => unknown>(fn: T): T;
    close(): void;
  }
  const Database: new (file: string, options?: { readonly?: boolean }) => Database;
  export default Database;
}
