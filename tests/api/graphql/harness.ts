import type { Core } from '@strapi/strapi';
import { seriesOfSize } from '../../fixtures/scenarios';
import type { DatabaseKind, TestDatabase } from '../../support/databases';
import { loadStrapi } from '../../support/in-process';
import { startServer, type TestServer } from '../../support/server';
import { fromTemplate } from '../../support/templates';

/** Text that must never reach the public API: every draft, unpublished version and admin record carries it. */
export const LEAK_MARKERS = /GEHEIM|Geheimprojekt|Entwurf|leak-check@showrunner\.test|\$2[aby]\$/;

/**
 * Content the public must never see, linked from published content along real relation paths:
 * an unpublished person credited on Ballard, a draft English translation of Ballard, and an admin.
 */
const addLeakBait = async (strapi: Core.Strapi, ballardId: string) => {
  const people = strapi.documents('plugin::showrunner.person');
  const person = await people.create({
    data: { name: 'GEHEIM Person', slug: 'geheim-person', biography: 'GEHEIM' },
    locale: 'de',
    status: 'published',
  } as never);
  await strapi.documents('plugin::showrunner.credit').create({
    data: {
      department: 'cast',
      character: 'GEHEIM Rolle',
      billing: 'guest',
      person: { connect: [{ documentId: person.documentId, locale: 'de' }] },
      series: { connect: [{ documentId: ballardId, locale: 'de' }] },
    },
    status: 'published',
  } as never);
  await people.unpublish({ documentId: person.documentId, locale: 'de' } as never);
  await strapi.documents('plugin::showrunner.series').update({
    documentId: ballardId,
    locale: 'en',
    data: { title: 'Ballard', slug: 'ballard', synopsis: 'GEHEIM draft translation' },
  } as never);
  await strapi.service('admin::user').create({
    email: 'leak-check@showrunner.test',
    firstname: 'Leak',
    lastname: 'Check',
    password: 'GeheimPasswort1',
    isActive: true,
    registrationToken: null,
  });
};

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
/** The world's content, made once per build and database kind (tests/support/templates.ts) and cloned per suite. */
const makeWorld = async (database: TestDatabase): Promise<{ previewToken: string }> => {
  const strapi = await loadStrapi(database);
  try {
    const demo = strapi.plugin('showrunner').service('demo-content');
    await demo.load([...seriesOfSize('small', { credits: 5, articles: 1 }), ...seriesOfSize('large', { credits: 200, articles: 50 })]);
    const ballard = await strapi.documents('plugin::showrunner.series').findFirst({ filters: { slug: 'ballard' } });
    await strapi.documents('plugin::showrunner.series').create({ data: { title: 'Geheimprojekt', slug: 'geheimprojekt' }, locale: 'de' });
    await strapi.documents('plugin::showrunner.article').create({
      data: {
        headline: 'Entwurf: Ballard Staffel 3',
        slug: 'entwurf-ballard-staffel-3',
        publishedOn: '2026-11-01T10:00:00.000Z',
        series: { connect: [{ documentId: ballard!.documentId, locale: 'de' }] },
      },
      locale: 'de',
    } as never);
    await addLeakBait(strapi, ballard!.documentId);
    const token = await strapi.service('admin::api-token').create({ name: 'preview', type: 'read-only', lifespan: null, description: 'tests' });
    // Strapi keeps only a salted hash (API_TOKEN_SALT is fixed in tests), so the key works in every clone.
    return { previewToken: token.accessKey as string };
  } finally {
    await strapi.destroy();
  }
};

export const apiWorld = async (kind: DatabaseKind, env: Record<string, string> = {}): Promise<ApiWorld> => {
  const {
    database,
    meta: { previewToken },
  } = await fromTemplate(kind, 'api-world', makeWorld);
  const server = await startServer(database, { SHOWRUNNER_EXPOSE_SQL_COUNT: 'true', SHOWRUNNER_DEMO_CONTENT: 'off', ...env });
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
