import fs from 'node:fs';
import path from 'node:path';
import type { DemoEntry } from '../../../plugin/server/src/demo/scenario';
import { UID } from '../../../types/domain/uids';
import { createDatabase, databaseKinds, type TestDatabase } from '../../support/databases';
import { graphql } from '../../support/graphql-client';
import { loadStrapi } from '../../support/in-process';
import { startServer, type TestServer } from '../../support/server';

/** The whole series page a site renders (issue 11); the benchmark sends the same file. */
const FULL_PAGE = fs.readFileSync(path.join(__dirname, 'documents/ballard-full-page.graphql'), 'utf8');

interface Size {
  cast: number;
  crew: number;
  seasons: number;
  episodes: number;
  events: number;
  articles: number;
}

/**
 * A series with every relation kind of the full page, Ballard's catalog entries reused (found
 * by slug): platforms, network, company, franchise, the series it spun off from and one spun off
 * from it, seasons, cast (every tenth person twice, announced by Deadline), crew for Hieronymus
 * Pictures, renewals with outlet, platform and speakers, articles with authors, scores, metrics.
 */
const seriesWithEverything = (key: string, size: Size): DemoEntry[] => {
  const season = (index: number) => `season:${key}-${(index % size.seasons) + 1}` as const;
  return [
    ...(['prime-video', 'freevee'] as const).map((slug): DemoEntry => ({ type: 'platform', key: slug, data: { slug } })),
    { type: 'company', key: 'hieronymus-pictures', data: { slug: 'hieronymus-pictures' } },
    { type: 'franchise', key: 'bosch', data: { slug: 'bosch' } },
    { type: 'outlet', key: 'deadline', data: { slug: 'deadline' } },
    { type: 'author', key: 'bernd-krannich', data: { slug: 'bernd-krannich' } },
    { type: 'series', key: 'bosch-legacy', data: { slug: 'bosch-legacy' } },
    {
      type: 'series',
      key,
      data: {
        title: `Series ${key}`,
        slug: key,
        seriesStatus: 'returning',
        criticScores: [{ provider: 'Rotten Tomatoes', metric: 'Tomatometer', value: 90, maxValue: 100, seasonNumber: 1 }],
        audienceMetrics: [{ provider: 'Nielsen', metric: 'minutes_viewed', value: 1_000_000, seasonNumber: 1 }],
      },
      links: {
        franchise: 'franchise:bosch',
        spinoffOf: 'series:bosch-legacy',
        platforms: ['platform:prime-video'],
        originalNetwork: 'platform:freevee',
        productionCompanies: ['company:hieronymus-pictures'],
      },
    },
    { type: 'series', key: `${key}-spinoff`, data: { title: `Spin-off of ${key}`, slug: `${key}-spinoff` }, links: { spinoffOf: `series:${key}` } },
    ...Array.from({ length: size.seasons }, (_, i): DemoEntry => ({
      type: 'season',
      key: `${key}-${i + 1}`,
      identity: ['series', 'number'],
      data: { number: i + 1, seasonStatus: 'released', episodeCount: size.episodes },
      links: { series: `series:${key}` },
    })),
    ...Array.from({ length: size.cast + size.crew }, (_, i): DemoEntry => ({
      type: 'person',
      key: `${key}-person-${i}`,
      data: { name: `Person ${i} of ${key}`, slug: `${key}-person-${i}` },
    })),
    ...Array.from({ length: size.cast }, (_, i): DemoEntry[] => {
      const credit = (role: number): DemoEntry => ({
        type: 'credit',
        key: `${key}-cast-${i}-${role}`,
        identity: ['person', 'series', 'character'],
        data: { department: 'cast', billing: i % 3 === 0 ? 'main' : 'recurring', character: `Character ${i}.${role}`, order: i },
        links: { person: `person:${key}-person-${i}`, series: `series:${key}`, seasons: [season(i)], announcedBy: 'outlet:deadline' },
      });
      return i % 10 === 0 ? [credit(1), credit(2)] : [credit(1)];
    }).flat(),
    ...Array.from({ length: size.crew }, (_, i): DemoEntry => ({
      type: 'credit',
      key: `${key}-crew-${i}`,
      identity: ['person', 'series', 'job'],
      data: { department: 'crew', job: i % 2 ? 'writer' : 'executive_producer', order: i },
      links: {
        person: `person:${key}-person-${size.cast + i}`,
        series: `series:${key}`,
        seasons: [season(i)],
        onBehalfOf: 'company:hieronymus-pictures',
      },
    })),
    ...Array.from({ length: size.events }, (_, i): DemoEntry => ({
      type: 'statusEvent',
      key: `${key}-renewed-${i}`,
      identity: ['series', 'kind', 'season'],
      data: { kind: 'renewed', reportedAt: new Date(Date.UTC(2025, 0, 1 + i)).toISOString(), statement: `Statement ${i}` },
      links: {
        series: `series:${key}`,
        season: season(i),
        reportedBy: 'outlet:deadline',
        confirmedBy: 'platform:prime-video',
        statementBy: [`person:${key}-person-0`, `person:${key}-person-1`],
      },
    })),
    ...Array.from({ length: size.articles }, (_, i): DemoEntry => ({
      type: 'article',
      key: `${key}-article-${i}`,
      data: { headline: `News ${i} about ${key}`, slug: `${key}-news-${i}`, publishedOn: new Date(Date.UTC(2026, 0, 1 + i)).toISOString() },
      links: { series: [`series:${key}`], author: 'author:bernd-krannich' },
    })),
  ];
};

const SMALL: Size = { cast: 8, crew: 3, seasons: 2, episodes: 2, events: 2, articles: 3 };
const LARGE: Size = { cast: 60, crew: 20, seasons: 4, episodes: 6, events: 4, articles: 15 };

/** Episodes have no demo entry type: they are created through the Document Service. */
const addEpisodes = async (strapi: Awaited<ReturnType<typeof loadStrapi>>, key: string, size: Size) => {
  const series = await strapi.documents(UID.series as never).findFirst({ filters: { slug: key }, populate: ['seasons'] } as never);
  for (const season of (series as any).seasons) {
    for (let number = 1; number <= size.episodes; number += 1) {
      await strapi.documents(UID.episode as never).create({
        data: { number, title: `Episode ${number}`, season: { connect: [{ documentId: season.documentId }] } },
        status: 'published',
      } as never);
    }
  }
};

/**
 * Strapi emits entry events after a write has returned (a deep read of the entry, then the
 * listeners); destroying the pool under them aborts them on PostgreSQL. Waits until the pool has
 * been idle for a few checks in a row.
 */
const settle = async (strapi: Awaited<ReturnType<typeof loadStrapi>>) => {
  const pool = (strapi.db.connection.client as unknown as { pool: { numUsed(): number; numPendingAcquires(): number } }).pool;
  for (let idle = 0, waited = 0; idle < 5 && waited < 60_000; waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    idle = pool.numUsed() + pool.numPendingAcquires() === 0 ? idle + 1 : 0;
  }
};

describe.each(databaseKinds())('the full series page on %s', (kind) => {
  let database: TestDatabase;
  let server: TestServer;
  const query = (document: string, variables: Record<string, unknown> = {}) => graphql(server.url, document, variables);

  beforeAll(async () => {
    database = await createDatabase(kind);
    // The notification planner would fan the seeded articles out while they are written; this page needs none.
    const quiet = { SHOWRUNNER_NOTIFICATIONS: 'false' };
    const strapi = await loadStrapi(database, quiet);
    try {
      const demo = strapi.plugin('showrunner').service('demo-content');
      await demo.load([...seriesWithEverything('page-small', SMALL), ...seriesWithEverything('page-large', LARGE)]);
      await addEpisodes(strapi, 'page-small', SMALL);
      await addEpisodes(strapi, 'page-large', LARGE);
      await settle(strapi);
    } finally {
      await strapi.destroy();
    }
    server = await startServer(database, { ...quiet, SHOWRUNNER_EXPOSE_SQL_COUNT: 'true', SHOWRUNNER_DEMO_CONTENT: 'off' });
    // Writing about 300 documents through the Document Service takes minutes on PostgreSQL on a busy machine.
  }, 600_000);
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('renders Ballard whole: platforms, network, companies, franchise, spin-off, seasons, cast, crew, renewals, news, scores and metrics', async () => {
    const { status, body } = await query(FULL_PAGE, { slug: 'ballard' });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const ballard = body.data.series;
    expect(ballard).toMatchObject({
      title: 'Ballard',
      platforms: [{ name: 'Prime Video' }],
      originalNetwork: { name: 'Freevee', active: false },
      productionCompanies: [{ name: 'Hieronymus Pictures' }],
      franchise: { name: 'Bosch', series: expect.arrayContaining([{ title: 'Ballard', slug: 'ballard' }]) },
      spinoffOf: { title: 'Bosch: Legacy' },
      criticScores: [expect.objectContaining({ provider: 'Rotten Tomatoes', value: 100 })],
      audienceMetrics: expect.arrayContaining([expect.objectContaining({ provider: 'Nielsen' })]),
    });
    expect(ballard.seasons.map((season: any) => season.number)).toEqual([1, 2]);
    expect(ballard.cast.nodes[0]).toMatchObject({ person: { name: 'Maggie Q' }, seasons: [1, 2], roles: [{ character: 'Renée Ballard' }] });
    expect(ballard.cast.nodes).toContainEqual(expect.objectContaining({ roles: [expect.objectContaining({ announcedBy: { name: 'Deadline' } })] }));
    expect(ballard.crew.nodes).toContainEqual(
      expect.objectContaining({
        person: { name: 'Michael Connelly', slug: 'michael-connelly' },
        jobs: expect.arrayContaining([
          expect.objectContaining({ job: 'EXECUTIVE_PRODUCER', onBehalfOf: { name: 'Hieronymus Pictures', slug: 'hieronymus-pictures' } }),
        ]),
      })
    );
    expect(ballard.renewals[0]).toMatchObject({ reportedBy: { name: 'Deadline' }, season: { number: 2 } });
    expect(ballard.renewals).toContainEqual(
      expect.objectContaining({
        confirmedBy: { name: 'Prime Video' },
        statement: expect.objectContaining({
          by: [
            { name: 'Michael Alaimo', slug: 'michael-alaimo' },
            { name: 'Kendall Sherwood', slug: 'kendall-sherwood' },
          ],
        }),
      })
    );
    expect(ballard.news.nodes.map((article: any) => article.author.name)).toEqual(['Christopher Diekhaus', 'Bernd Krannich']);
    expect(body.extensions?.sqlStatements).toBeLessThanOrEqual(12);
  });

  it('costs the same statements, at most 12, for a page with 12 or 86 credits, 2 or 4 seasons of episodes, 3 or 15 articles', async () => {
    const small = await query(FULL_PAGE, { slug: 'page-small' });
    const large = await query(FULL_PAGE, { slug: 'page-large' });
    expect(small.body.errors).toBeUndefined();
    expect(large.body.errors).toBeUndefined();
    // Every relation kind is on both pages, so both walk the same levels of the query.
    for (const page of [small.body.data.series, large.body.data.series]) {
      expect(page.platforms).toHaveLength(1);
      expect(page.spinoffs).toHaveLength(1);
      expect(page.seasons[0].episodes.length).toBeGreaterThan(0);
      expect(page.crew.nodes[0].jobs[0].onBehalfOf).toEqual({ name: 'Hieronymus Pictures', slug: 'hieronymus-pictures' });
      expect(page.renewals[0].statement.by).toHaveLength(2);
      expect(page.news.nodes[0].author).toEqual({ name: 'Bernd Krannich', slug: 'bernd-krannich' });
    }
    expect(large.body.data.series.cast).toMatchObject({ totalCount: 60, pageInfo: { hasNextPage: true } });
    expect(large.body.data.series.cast.nodes).toHaveLength(50);
    expect(large.body.data.series.seasons[3].episodes).toHaveLength(6);
    expect(large.body.data.series.news.totalCount).toBe(15);
    expect(small.body.extensions?.sqlStatements).toEqual(expect.any(Number));
    expect(large.body.extensions?.sqlStatements).toBe(small.body.extensions?.sqlStatements);
    expect(large.body.extensions?.sqlStatements).toBeLessThanOrEqual(12);
  });

  it('reads a cast page in rows proportional to the page, not to the credits of the series', async () => {
    const castPage = 'query($slug: String!) { series(slug: $slug) { cast(first: 5) { totalCount nodes { person { name } roles { character } } } } }';
    const small = await query(castPage, { slug: 'page-small' });
    const large = await query(castPage, { slug: 'page-large' });
    expect(small.body.data.series.cast.totalCount).toBe(8);
    expect(large.body.data.series.cast.totalCount).toBe(60);
    expect(large.body.data.series.cast.nodes).toHaveLength(5);
    expect(small.body.extensions?.sqlRows).toEqual(expect.any(Number));
    expect(large.body.extensions?.sqlRows).toBe(small.body.extensions?.sqlRows);
  });

  it('pages the cast in the order of the whole list', async () => {
    const castPage =
      'query($after: String) { series(slug: "page-large") { cast(first: 7, after: $after) { pageInfo { endCursor } nodes { person { name } billing } } } }';
    const all = (await query('{ series(slug: "page-large") { cast(first: 100) { nodes { person { name } billing } } } }')).body.data.series.cast.nodes;
    const first = (await query(castPage)).body.data.series.cast;
    const second = (await query(castPage, { after: first.pageInfo.endCursor })).body.data.series.cast;
    expect([...first.nodes, ...second.nodes]).toEqual(all.slice(0, 14));
    expect(all.slice(0, 2).map((member: any) => member.billing)).toEqual(['MAIN', 'MAIN']);
  });
});
