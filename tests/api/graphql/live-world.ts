import type { Core } from '@strapi/strapi';
import { createDatabase, type DatabaseKind, type TestDatabase } from '../../support/databases';
import { graphql } from '../../support/graphql-client';
import { loadStrapi } from '../../support/in-process';
import { startServer, type TestServer } from '../../support/server';

export interface LiveWorld {
  database: TestDatabase;
  server: TestServer;
  /** A second Strapi on the same database, in this process: an editor changing content while the server answers. */
  strapi: Core.Strapi;
  previewToken: string;
  /** POSTs to the server, past its response cache: the edits of this process do not reach that cache. */
  query<T = any>(document: string, variables?: Record<string, unknown>, headers?: Record<string, string>): ReturnType<typeof graphql<T>>;
  close(): Promise<void>;
}

/**
 * The Ballard demo content, the real server on it, and this process's own Strapi on the same
 * database, kept running: two instances side by side, as production runs them.
 */
export const liveWorld = async (kind: DatabaseKind): Promise<LiveWorld> => {
  const database = await createDatabase(kind);
  const strapi = await loadStrapi(database);
  const token = await strapi.service('admin::api-token').create({ name: 'preview', type: 'read-only', lifespan: null, description: 'tests' });
  const server = await startServer(database, { SHOWRUNNER_EXPOSE_SQL_COUNT: 'true', SHOWRUNNER_DEMO_CONTENT: 'off' });
  return {
    database,
    server,
    strapi,
    previewToken: token.accessKey,
    query: (document, variables = {}, headers = {}) => graphql(server.url, document, variables, { 'cache-control': 'no-cache', ...headers }),
    close: async () => {
      await server.stop();
      await strapi.destroy();
      await database.drop();
    },
  };
};
