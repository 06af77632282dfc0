import { databaseKinds } from '../../support/databases';
import { liveWorld, type LiveWorld } from './live-world';

const SERIES = 'plugin::showrunner.series';
const GENRE = 'plugin::showrunner.genre';

const FEED = /* GraphQL */ `
  query Feed($after: String, $first: Int, $since: DateTime, $types: [ChangeType!]) {
    changes(after: $after, first: $first, since: $since, types: $types) {
      edges {
        cursor
        node {
          type
          documentId
          slug
          locale
          kind
          time
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

type Change = { type: string; documentId: string; slug: string | null; locale: string | null; kind: string; time: string };

/**
 * A sync consumer: stores the last cursor it got and asks for what came after it, one small page
 * at a time, keeping the cursor it has when a page comes back empty.
 */
const consumer = (world: LiveWorld, { first, types }: { first: number; types?: string[] }) => {
  let cursor: string | null = null;
  const seen: Change[] = [];
  const page = async () => {
    const { body } = await world.query(FEED, { after: cursor, first, types });
    expect(body.errors).toBeUndefined();
    const { edges, pageInfo } = body.data.changes;
    expect(edges.length).toBeLessThanOrEqual(first);
    seen.push(...edges.map((edge: { node: Change }) => edge.node));
    cursor = pageInfo.endCursor ?? cursor;
    return pageInfo.hasNextPage as boolean;
  };
  return {
    seen,
    page,
    /** Pages until the feed has nothing more. */
    drain: async () => {
      while (await page());
    },
  };
};

describe.each(databaseKinds())('the change feed on %s', (kind) => {
  let world: LiveWorld;
  const documents = (uid: string) => world.strapi.documents(uid as never) as any;

  beforeAll(async () => {
    world = await liveWorld(kind);
  });
  afterAll(async () => world?.close());

  it('lists the publication of the demo content, oldest first, and no draft', async () => {
    const reader = consumer(world, { first: 100 });
    await reader.drain();
    expect(reader.seen.length).toBeGreaterThan(50);
    expect(new Set(reader.seen.map((change) => change.kind))).toEqual(new Set(['PUBLISHED']));
    expect(reader.seen).toContainEqual(expect.objectContaining({ type: 'SERIES', slug: 'ballard', locale: 'DE', kind: 'PUBLISHED' }));
    expect(reader.seen).toContainEqual(expect.objectContaining({ type: 'SERIES', slug: 'ballard', locale: 'EN', kind: 'PUBLISHED' }));
    expect(reader.seen).toContainEqual(expect.objectContaining({ type: 'GENRE', slug: 'krimi', locale: null }));
    const times = reader.seen.map((change) => change.time);
    expect(times).toEqual([...times].sort());
    expect(reader.seen.map((change) => change.type)).not.toContain('COMMENT');
  });

  it('gives a consumer paging two at a time every change exactly once while editors keep changing content, deletions included and drafts never', async () => {
    const reader = consumer(world, { first: 2 });
    await reader.drain();
    const before = reader.seen.length;
    const series = documents(SERIES);
    const genres = documents(GENRE);

    const sync = await series.create({ data: { title: 'Sync-Serie', slug: 'sync-serie', synopsis: 'Erste Fassung.' }, locale: 'de', status: 'published' });
    await series.update({
      documentId: sync.documentId,
      locale: 'en',
      data: { title: 'Sync-Serie', slug: 'sync-serie', synopsis: 'First cut.' },
      status: 'published',
    });
    await series.update({ documentId: sync.documentId, locale: 'de', data: { synopsis: 'Zweite Fassung, noch Entwurf.' } });
    const secret = await series.create({ data: { title: 'Geheimprojekt Sync', slug: 'geheimprojekt-sync' }, locale: 'de' });
    await reader.page();

    await series.publish({ documentId: sync.documentId, locale: 'de' });
    const genre = await genres.create({ data: { name: 'Synchron', slug: 'synchron' } });
    await reader.page();

    await genres.update({ documentId: genre.documentId, data: { name: 'Synchronisiert' } });
    await series.unpublish({ documentId: sync.documentId, locale: 'en' });
    await series.update({ documentId: secret.documentId, locale: 'de', data: { synopsis: 'Immer noch Entwurf.' } });
    await reader.page();

    await series.delete({ documentId: sync.documentId, locale: '*' });
    await series.delete({ documentId: secret.documentId, locale: '*' });
    await genres.delete({ documentId: genre.documentId });
    await reader.drain();

    const seen = reader.seen.slice(before).map(({ type, documentId, slug, locale, kind }) => ({ type, documentId, slug, locale, kind }));
    const [s, g] = [sync.documentId, genre.documentId];
    expect(seen).toEqual([
      { type: 'SERIES', documentId: s, slug: 'sync-serie', locale: 'DE', kind: 'PUBLISHED' },
      { type: 'SERIES', documentId: s, slug: 'sync-serie', locale: 'EN', kind: 'PUBLISHED' },
      { type: 'SERIES', documentId: s, slug: 'sync-serie', locale: 'DE', kind: 'UPDATED' },
      { type: 'GENRE', documentId: g, slug: 'synchron', locale: null, kind: 'PUBLISHED' },
      { type: 'GENRE', documentId: g, slug: 'synchron', locale: null, kind: 'UPDATED' },
      { type: 'SERIES', documentId: s, slug: 'sync-serie', locale: 'EN', kind: 'UNPUBLISHED' },
      { type: 'SERIES', documentId: s, slug: 'sync-serie', locale: 'DE', kind: 'DELETED' },
      { type: 'GENRE', documentId: g, slug: 'synchron', locale: null, kind: 'DELETED' },
    ]);
    expect(JSON.stringify(reader.seen)).not.toContain(secret.documentId);
  });

  it('filters by type and by time, and pages the filtered feed with its own cursors', async () => {
    const since = new Date().toISOString();
    await documents(GENRE).create({ data: { name: 'Später', slug: 'spaeter' } });
    await documents(SERIES).create({ data: { title: 'Später', slug: 'spaeter' }, locale: 'de', status: 'published' });
    const recent = await world.query(FEED, { since, first: 10 });
    expect(recent.body.data.changes.edges.map((edge: any) => [edge.node.type, edge.node.slug])).toEqual([
      ['GENRE', 'spaeter'],
      ['SERIES', 'spaeter'],
    ]);
    const genresOnly = consumer(world, { first: 1, types: ['GENRE'] });
    await genresOnly.drain();
    expect(new Set(genresOnly.seen.map((change) => change.type))).toEqual(new Set(['GENRE']));
    expect(genresOnly.seen.at(-1)).toMatchObject({ slug: 'spaeter', kind: 'PUBLISHED' });
  });

  it('records concurrent writes each once, in the order they committed', async () => {
    const reader = consumer(world, { first: 100 });
    await reader.drain();
    const before = reader.seen.length;
    const created = await Promise.all(Array.from({ length: 8 }, (_, i) => documents(GENRE).create({ data: { name: `Parallel ${i}`, slug: `parallel-${i}` } })));
    await reader.drain();
    const fresh = reader.seen.slice(before);
    expect(fresh.map((change) => change.documentId).sort()).toEqual(created.map((genre: any) => genre.documentId).sort());
    expect(fresh.map((change) => change.time)).toEqual(fresh.map((change) => change.time).sort());
  });

  it.each([
    ['after', { after: 'not-a-cursor' }],
    ['first', { first: 101 }],
  ])('rejects a bad "%s" with BAD_USER_INPUT', async (argument, variables) => {
    const { body } = await world.query(FEED, variables);
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });
});
