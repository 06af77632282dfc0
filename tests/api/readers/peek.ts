import { execute } from '../../../scripts/lib/bulk-followers';
import type { TestDatabase } from '../../support/databases';

/** Reads rows straight from a test server's database (`?` placeholders on both), to check what is stored; never writes. */
export const peek = (database: TestDatabase, sql: string, params: unknown[] = []): Promise<Record<string, any>[]> =>
  execute(database, sql, params, { readOnly: true });
