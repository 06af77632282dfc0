import { seriesOfSize } from '../../fixtures/scenarios';
import { createDatabase, type DatabaseKind, type TestDatabase } from '../../support/databases';
import { loadStrapi } from '../../support/in-process';
import { startServer, type TestServer } from '../../support/server';

export interface ApiWorld {
  database: TestDatabase;
  server: TestServer;
  previewToken: string;
  close(): Promise<void>;
}

/**
 * The Ballard demo content plus `small` (5 credits, 1 article) and `large` (200 credits,
 * 50 articles) series, a draft series, a draft article tagged with Ballard and a preview token;
 * then the real server on that database.
 */
export const apiWorld = async (kind: DatabaseKind): Promise<ApiWorld> => {
  const database = await createDatabase(kind);
  const strapi = await loadStrapi(database);
  let previewToken: string;
  try {
    const demo = strapi.plugin('showrunner').service('demo-content');
    await demo.load([...seriesOfSize('small', { credits: 5, articles: 1 }), ...seriesOfSize('large', { credits: 200, articles: 50 })]);
    const ballard = await strapi.documents('plugin::showrunner.series').findFirst({ filters: { slug: 'ballard' } });
    await strapi.documents('plugin::showrunner.series').create({ data: { title: 'Geheimprojekt', slug: 'geheimprojekt' }, locale: 'de' });
    await strapi.documents('plugin::showrunner.article').create({
      data: {
        headline: 'Entwurf: Ballard Staffel 3', slug: 'entwurf-ballard-staffel-3', publishedOn: '2026-11-01T10:00:00.000Z',
        series: { connect: [{ documentId: ballard!.documentId, locale: 'de' }] },
      },
      locale: 'de',
    } as never);
    const token = await strapi.service('admin::api-token').create({ name: 'preview', type: 'read-only', lifespan: null, description: 'tests' });
    previewToken = token.accessKey;
  } finally {
    await strapi.destroy();
  }
  const server = await startServer(database, { SHOWRUNNER_EXPOSE_SQL_COUNT: 'true', SHOWRUNNER_DEMO_CONTENT: 'off' });
  return {
    database,
    server,
    previewToken,
    close: async () => {
      await server.stop();
      await database.drop();
    },
  };
};
