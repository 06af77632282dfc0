import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { createDatabase, databaseKinds, type TestDatabase } from '../support/databases';
import { loadStrapi } from '../support/in-process';
import { startReceiver, type Receiver } from '../support/webhook-receiver';

jest.setTimeout(240_000);

const SERIES = 'plugin::showrunner.series';
const SEASON = 'plugin::showrunner.season';
const PERSON = 'plugin::showrunner.person';
const CREDIT = 'plugin::showrunner.credit';
const STATUS_EVENT = 'plugin::showrunner.status-event';
const ARTICLE = 'plugin::showrunner.article';
const OUTBOX = 'plugin::showrunner.webhook-event';
const DELIVERY = 'plugin::showrunner.webhook-delivery';

const secret = `whsec_${randomBytes(32).toString('base64')}`;

/**
 * The events an editor's changes produce, end to end in one process: Document Service writes
 * (as the Content Manager makes them), the outbox, the dispatcher, and a real HTTP receiver
 * that verifies every signature.
 */
describe.each(databaseKinds())('webhook events on %s', (kind) => {
  let database: TestDatabase;
  let strapi: Core.Strapi;
  let receiver: Receiver;
  const env: Record<string, string> = {};

  const documents = (uid: string) => strapi.documents(uid as never) as any;
  const link = (documentId: string, locale?: string) => ({ connect: [{ documentId, ...(locale ? { locale } : {}) }] });
  /**
   * The messages about one document, found through the outbox: they must be exactly `types`, each
   * received once with a valid signature, and in the order the changes were made.
   */
  const messagesAbout = async (documentId: string, types: string[]) => {
    const rows = await strapi.db.query(OUTBOX).findMany({ where: { subjectDocumentId: documentId }, orderBy: { id: 'asc' } });
    expect(rows.map((row: any) => row.eventType)).toEqual(types);
    const ids: string[] = rows.map((row: any) => row.messageId);
    await receiver.waitFor(`${types.join(', ')} about ${documentId}`, (all) => ids.every((id) => all.some((r) => r.id === id)));
    const copies = ids.map((id) => receiver.received.filter((r) => r.id === id));
    expect(copies.map((c) => c.length)).toEqual(ids.map(() => 1));
    expect(copies.every(([r]) => r.verified)).toBe(true);
    const arrival = copies.map(([r]) => receiver.received.indexOf(r));
    expect(arrival).toEqual([...arrival].sort((a, b) => a - b));
    return copies.map(([r]) => r.payload);
  };

  beforeAll(async () => {
    receiver = await startReceiver(secret);
    database = await createDatabase(kind);
    Object.assign(env, {
      SHOWRUNNER_DEMO_CONTENT: 'on',
      SHOWRUNNER_WEBHOOKS_DISPATCHER: 'on',
      SHOWRUNNER_WEBHOOKS: JSON.stringify([{ url: `${receiver.url}/showrunner`, secret, events: [] }]),
      SHOWRUNNER_WEBHOOKS_ALLOW_PRIVATE: 'true',
      SHOWRUNNER_WEBHOOKS_POLL_MS: '100',
    });
    strapi = await loadStrapi(database, env);
  });

  afterAll(async () => {
    await strapi?.destroy();
    await receiver?.close();
    await database?.drop();
    // The jest worker may run another file next: leave no webhook configuration behind.
    for (const name of Object.keys(env)) delete process.env[name];
  });

  it('keeps the demo content of a first start in the outbox without sending it to endpoints configured afterwards', async () => {
    expect(await strapi.db.query(OUTBOX).count()).toBeGreaterThan(50);
    expect(await strapi.db.query(DELIVERY).count()).toBe(0);
    expect(receiver.received).toHaveLength(0);
  });

  it('sends each domain event once for its change, with ids, slugs, locale and what changed', async () => {
    const series = await documents(SERIES).create({
      data: { title: 'Harry Bosch Jr.', slug: 'harry-bosch-jr', seriesStatus: 'in_development' },
      locale: 'de',
      status: 'published',
    });
    await documents(SERIES).update({
      documentId: series.documentId,
      locale: 'en',
      data: { title: 'Harry Bosch Jr.', slug: 'harry-bosch-jr', synopsis: 'A son.' },
      status: 'published',
    });
    const season = await documents(SEASON).create({
      data: { number: 1, seasonStatus: 'ordered', episodeCount: 8, series: link(series.documentId, 'de') },
      status: 'published',
    });
    const person = await documents(PERSON).create({ data: { name: 'Titus Welliver Jr.', slug: 'titus-welliver-jr' }, locale: 'de', status: 'published' });
    const credit = await documents(CREDIT).create({
      data: {
        department: 'cast',
        billing: 'main',
        character: 'Harry Bosch Jr.',
        person: link(person.documentId, 'de'),
        series: link(series.documentId, 'de'),
        seasons: link(season.documentId),
      },
      status: 'published',
    });
    const renewal = await documents(STATUS_EVENT).create({
      data: { kind: 'renewed', series: link(series.documentId, 'de'), season: link(season.documentId) },
      status: 'published',
    });
    await documents(SERIES).update({ documentId: series.documentId, locale: 'de', data: { seriesStatus: 'in_production' }, status: 'published' });

    const [seriesFirst, seriesEn, statusChanged] = await messagesAbout(series.documentId, ['content.published', 'content.published', 'series.status_changed']);
    expect(seriesFirst.data).toEqual({
      contentType: 'series',
      documentId: series.documentId,
      locale: 'de',
      slug: 'harry-bosch-jr',
      label: 'Harry Bosch Jr.',
      newlyPublished: true,
    });
    expect(seriesEn.data).toMatchObject({ locale: 'en', newlyPublished: true });
    expect(statusChanged.data).toEqual({
      series: { documentId: series.documentId, slug: 'harry-bosch-jr', title: 'Harry Bosch Jr.', locale: 'de' },
      from: 'in_development',
      to: 'in_production',
      changed: ['seriesStatus'],
    });

    const [announced] = await messagesAbout(season.documentId, ['season.announced']);
    expect(announced.data).toMatchObject({
      season: { documentId: season.documentId, number: 1, status: 'ordered', episodeCount: 8 },
      series: { documentId: series.documentId, slug: 'harry-bosch-jr' },
    });

    const [added] = await messagesAbout(credit.documentId, ['credit.added']);
    expect(added.data).toEqual({
      credit: { documentId: credit.documentId, department: 'cast', billing: 'main', character: 'Harry Bosch Jr.', job: null },
      person: { documentId: person.documentId, slug: 'titus-welliver-jr', name: 'Titus Welliver Jr.' },
      series: { documentId: series.documentId, slug: 'harry-bosch-jr', title: 'Harry Bosch Jr.' },
      seasons: [{ documentId: season.documentId, number: 1, title: null }],
    });

    const [renewed] = await messagesAbout(renewal.documentId, ['series.renewed']);
    expect(renewed.data).toMatchObject({
      statusEvent: { documentId: renewal.documentId, kind: 'renewed' },
      series: { documentId: series.documentId, slug: 'harry-bosch-jr' },
      season: { documentId: season.documentId, number: 1 },
    });
    expect(receiver.received.every((r) => r.body.length < 20_000 && r.payload.timestamp)).toBe(true);
  });

  it('announces a season and a renewal only the first time, even after unpublishing and publishing again', async () => {
    const series = await documents(SERIES).findFirst({ filters: { slug: 'harry-bosch-jr' }, locale: 'de' });
    const season = await documents(SEASON).create({ data: { number: 2, series: link(series.documentId, 'de') }, status: 'published' });
    await documents(SEASON).unpublish({ documentId: season.documentId });
    await documents(SEASON).publish({ documentId: season.documentId });
    const [, again] = await messagesAbout(season.documentId, ['season.announced', 'content.published']);
    expect(again.data).toMatchObject({ contentType: 'season', newlyPublished: true });

    const renewal = await documents(STATUS_EVENT).findFirst({ filters: { kind: 'renewed', series: { slug: 'harry-bosch-jr' } } });
    await documents(STATUS_EVENT).unpublish({ documentId: renewal.documentId });
    await documents(STATUS_EVENT).publish({ documentId: renewal.documentId });
    await messagesAbout(renewal.documentId, ['series.renewed', 'content.published']);
  });

  it('follows an article through published, updated and unpublished, per locale', async () => {
    const article = await documents(ARTICLE).create({
      data: { headline: 'Bosch-Spin-off bestellt', slug: 'bosch-spin-off-bestellt', publishedOn: '2025-10-06T09:00:00.000Z' },
      locale: 'de',
      status: 'published',
    });
    await documents(ARTICLE).update({
      documentId: article.documentId,
      locale: 'de',
      data: { headline: 'UPDATE: Bosch-Spin-off bestellt' },
      status: 'published',
    });
    await documents(ARTICLE).publish({ documentId: article.documentId, locale: 'de' });
    await documents(ARTICLE).unpublish({ documentId: article.documentId, locale: 'de' });

    const [published, updated, unpublished] = await messagesAbout(article.documentId, ['article.published', 'article.updated', 'article.unpublished']);
    expect(published.data).toMatchObject({
      article: { documentId: article.documentId, slug: 'bosch-spin-off-bestellt', locale: 'de', headline: 'Bosch-Spin-off bestellt' },
    });
    expect(updated.data).toMatchObject({ article: { headline: 'UPDATE: Bosch-Spin-off bestellt' }, changed: ['headline'] });
    expect(unpublished.data).toEqual({ article: expect.objectContaining({ documentId: article.documentId, locale: 'de' }), deleted: false });
  });

  it('writes no event when the change is rolled back', async () => {
    const series = await documents(SERIES).findFirst({ filters: { slug: 'harry-bosch-jr' }, locale: 'de' });
    const before = await strapi.db.query(OUTBOX).count();
    await expect(documents(SEASON).create({ data: { number: 1, series: link(series.documentId, 'de') }, status: 'published' })).rejects.toMatchObject({
      details: expect.objectContaining({ code: 'SEASON_NUMBER_TAKEN' }),
    });
    expect(await strapi.db.query(OUTBOX).count()).toBe(before);
  });
});
