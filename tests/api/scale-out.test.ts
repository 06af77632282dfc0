import { Client } from 'pg';
import { ballardUniverse } from '../fixtures/scenarios';
import { createPostgresDatabase, databaseKinds, type TestDatabase } from '../support/databases';
import { graphql } from '../support/graphql-client';
import { startServer, type TestServer } from '../support/server';
import { adminApi } from '../support/webhook-receiver';

jest.setTimeout(300_000);

const SERIES = 'plugin::showrunner.series';
const BALLARD_PAGE = '{ series(slug: "ballard") { title status originalNetwork { name } seasons { number } cast { totalCount } } }';
const BALLARD_TITLE = '{ series(slug: "ballard") { title } }';
const INSTANCES = 3;

const ballard = ballardUniverse.find((entry) => entry.type === 'series' && entry.key === 'ballard')!;
const people = ballardUniverse.filter((entry) => entry.type === 'person');

/** Runs one query on the test database and returns its rows. */
const rows = async <T = Record<string, unknown>>(database: TestDatabase, sql: string): Promise<T[]> => {
  const client = new Client({ connectionString: database.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
};

/** Asks `url` for Ballard's title until it reads `title`, for at most `timeoutMs`; returns that response. */
const pollTitle = async (url: string, title: string, timeoutMs = 10_000) => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await graphql(url, BALLARD_TITLE);
    if (response.body.data?.series?.title === title) return response;
    if (Date.now() > deadline)
      throw new Error(`${url} still answers ${JSON.stringify(response.body)} (x-cache ${response.headers.get('x-cache')}) after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

(databaseKinds().includes('postgres') ? describe : describe.skip)(`${INSTANCES} instances started at the same moment on one empty PostgreSQL database`, () => {
  let database: TestDatabase;
  const servers: TestServer[] = [];

  beforeAll(async () => {
    database = await createPostgresDatabase();
    const env = { REDIS_URL: 'redis://127.0.0.1:6379', SHOWRUNNER_DEMO_CONTENT: 'on' };
    const started = await Promise.allSettled(Array.from({ length: INSTANCES }, () => startServer(database, env)));
    for (const result of started) if (result.status === 'fulfilled') servers.push(result.value);
    const failed = started.find((result): result is PromiseRejectedResult => result.status === 'rejected');
    if (failed) throw failed.reason;
  });

  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await database?.drop();
  });

  it('all come up, each serving the Ballard page through /graphql, the later ones after waiting for the first', async () => {
    expect(servers).toHaveLength(INSTANCES);
    const waited = servers.filter((server) => server.logs().includes('[showrunner] Waiting for another instance to finish starting'));
    expect(waited.length).toBeGreaterThanOrEqual(1);
    const pages = await Promise.all(servers.map((server) => graphql(server.url, BALLARD_PAGE)));
    for (const page of pages) {
      expect(page.body.errors).toBeUndefined();
      expect(page.body.data.series).toMatchObject({ title: 'Ballard', status: 'RETURNING', originalNetwork: { name: 'Freevee' } });
      expect(page.body.data).toEqual(pages[0].body.data);
    }
  });

  it('load the demo content once, and create every start-up row once', async () => {
    const locales = ['de', ...Object.keys(ballard.translations ?? {})].sort();
    const versions = await rows<{ locale: string; published: boolean; count: number }>(
      database,
      `select locale, published_at is not null as published, count(*)::int as count from showrunner_series
       where slug = 'ballard' group by 1, 2 order by 1, 2`
    );
    expect(versions).toEqual(locales.flatMap((locale) => [false, true].map((published) => ({ locale, published, count: 1 }))));
    const [{ documents }] = await rows<{ documents: number }>(database, 'select count(distinct document_id)::int as documents from showrunner_person');
    expect(documents).toBe(people.length);
    const duplicates = await rows(
      database,
      `select 'person ' || slug as what from showrunner_person group by slug having count(distinct document_id) > 1
       union all select 'locale ' || code from i18n_locale group by code having count(*) > 1
       union all select 'reader role ' || type from up_roles group by type having count(*) > 1
       union all select 'admin role ' || code from admin_roles group by code having count(*) > 1`
    );
    expect(duplicates).toEqual([]);
  });

  it('serve an edit published through one instance on the others at once, not from their caches', async () => {
    for (const server of servers) {
      await graphql(server.url, BALLARD_TITLE);
      const cached = await graphql(server.url, BALLARD_TITLE);
      expect([cached.headers.get('x-cache'), cached.body.data.series.title]).toEqual(['HIT', 'Ballard']);
    }
    const [editor, ...others] = servers;
    const admin = await adminApi(editor.url);
    const [{ documentId }] = await admin.findMany(SERIES, '&filters[slug][$eq]=ballard&locale=de');
    const title = 'Ballard (Staffel 2 bestätigt)';
    await admin.update(SERIES, documentId, { title }, 'de');
    await admin.publish(SERIES, documentId, {}, 'de');

    for (const server of others) {
      const fresh = await pollTitle(server.url, title);
      expect(fresh.headers.get('x-cache')).toBe('MISS');
    }
    expect((await graphql(editor.url, BALLARD_TITLE)).body.data.series.title).toBe(title);
  });
});
