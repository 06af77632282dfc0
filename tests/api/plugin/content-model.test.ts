import type { Core } from '@strapi/strapi';
import { ballardFacts } from '../../fixtures/ballard-facts';
import { createDatabase, databaseKinds, type TestDatabase } from '../../support/databases';
import { loadStrapi } from '../../support/in-process';

const UIDS = [
  'series',
  'season',
  'episode',
  'broadcast',
  'person',
  'kinship',
  'credit',
  'status-event',
  'article',
  'comment',
  'platform',
  'company',
  'franchise',
  'genre',
  'outlet',
  'author',
  'category',
].map((name) => `plugin::showrunner.${name}`);

describe.each(databaseKinds())('the content model and demo content on %s', (kind) => {
  let database: TestDatabase;
  let strapi: Core.Strapi;

  beforeAll(async () => {
    database = await createDatabase(kind);
    strapi = await loadStrapi(database);
  });

  afterAll(async () => {
    await strapi?.destroy();
    await database?.drop();
  });

  it('registers every content type of the plugin, with draft & publish on the editorial ones', () => {
    for (const uid of UIDS) expect(strapi.contentTypes).toHaveProperty([uid]);
    const editorial = UIDS.filter((uid) => strapi.contentTypes[uid as never].options?.draftAndPublish);
    expect(editorial.map((uid) => uid.split('.')[1]).sort()).toEqual([
      'article',
      'broadcast',
      'credit',
      'episode',
      'person',
      'season',
      'series',
      'status-event',
    ]);
  });

  it('names the inverse side of every relation between plugin types', () => {
    for (const uid of UIDS) {
      const attributes = strapi.contentTypes[uid as never].attributes as Record<string, any>;
      for (const [name, attribute] of Object.entries(attributes)) {
        if (attribute.type !== 'relation' || name === 'localizations' || !String(attribute.target).startsWith('plugin::showrunner.')) continue;
        expect({ relation: `${uid}.${name}`, inverse: Boolean(attribute.inversedBy ?? attribute.mappedBy) }).toEqual({
          relation: `${uid}.${name}`,
          inverse: true,
        });
      }
    }
  });

  it('registers the plugin components in code', () => {
    for (const name of ['credited-image', 'external-id', 'critic-score', 'audience-metric', 'article-update', 'source-material']) {
      expect(strapi.components).toHaveProperty([`showrunner.${name}`]);
    }
  });

  it('localizes what a translator translates, not names, dates or relations', () => {
    const localized = (uid: string, field: string) =>
      (strapi.contentTypes[uid as never].attributes as Record<string, any>)[field].pluginOptions?.i18n?.localized;
    expect(localized('plugin::showrunner.series', 'synopsis')).toBe(true);
    expect(localized('plugin::showrunner.series', 'title')).toBe(false);
    expect(localized('plugin::showrunner.article', 'headline')).toBe(true);
    expect(localized('plugin::showrunner.article', 'publishedOn')).toBe(false);
    expect(localized('plugin::showrunner.person', 'name')).toBe(false);
  });

  it('makes German the default locale and English the second', async () => {
    const locales = strapi.plugin('i18n').service('locales');
    expect(await locales.getDefaultLocale()).toBe('de');
    expect((await locales.find()).map(({ code }: { code: string }) => code).sort()).toEqual(['de', 'en']);
  });

  it.each(ballardFacts.map((fact) => [fact.fact, fact] as const))('stores the seed fact: %s', async (_, fact) => {
    const found = await strapi.documents(fact.uid as never).findFirst({ filters: fact.filters, populate: fact.populate, status: 'published' } as never);
    expect(found).toMatchObject(fact.expect);
  });

  it('keeps the English synopsis of Ballard next to the German one', async () => {
    const english = await strapi.documents('plugin::showrunner.series').findFirst({ filters: { slug: 'ballard' }, locale: 'en', status: 'published' });
    expect(english?.synopsis).toMatch(/cold case unit/);
  });

  it('loads the demo content a second time without creating anything', async () => {
    const counts = () => Promise.all(UIDS.map((uid) => strapi.db.query(uid as never).count()));
    const before = await counts();
    const report = await strapi.plugin('showrunner').service('demo-content').load();
    expect(report.created).toBe(0);
    expect(await counts()).toEqual(before);
  });
});
