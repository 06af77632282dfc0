import { changedFields, deriveEvents, type DocumentChange, type Version } from '../../../plugin/server/src/webhooks/derive';

const UID = {
  series: 'plugin::showrunner.series',
  season: 'plugin::showrunner.season',
  credit: 'plugin::showrunner.credit',
  statusEvent: 'plugin::showrunner.status-event',
  article: 'plugin::showrunner.article',
  person: 'plugin::showrunner.person',
  genre: 'plugin::showrunner.genre',
};

const ballard = { documentId: 'series-ballard', slug: 'ballard', title: 'Ballard' };

const version = (row: Record<string, unknown>, values?: Record<string, unknown>, locale: string | null = null): Version => ({
  locale,
  row: { documentId: 'doc-1', locale, ...row },
  values,
});

const change = (overrides: Partial<DocumentChange>): DocumentChange => ({
  uid: UID.person,
  contentType: 'person',
  documentId: 'doc-1',
  action: 'publish',
  touched: [null],
  before: [],
  after: [],
  history: new Set(),
  ...overrides,
});

describe('deriveEvents', () => {
  test('series.status_changed names the old and new status once, however many locales were published along', () => {
    const before = [
      version({ seriesStatus: 'returning', title: 'Ballard' }, { seriesStatus: 'returning' }, 'de'),
      version({ seriesStatus: 'returning' }, { seriesStatus: 'returning' }, 'en'),
    ];
    const after = [
      version({ seriesStatus: 'ended', slug: 'ballard', title: 'Ballard' }, { seriesStatus: 'ended' }, 'de'),
      version({ seriesStatus: 'ended' }, { seriesStatus: 'ended' }, 'en'),
    ];
    const events = deriveEvents(change({ uid: UID.series, contentType: 'series', touched: ['de', 'en'], before, after }));
    expect(events).toEqual([
      {
        type: 'series.status_changed',
        locale: 'de',
        data: { series: { documentId: 'doc-1', slug: 'ballard', title: 'Ballard', locale: 'de' }, from: 'returning', to: 'ended', changed: ['seriesStatus'] },
      },
    ]);
  });

  test('a series published for the first time is content.published, not a status change', () => {
    const after = [version({ seriesStatus: 'announced', slug: 'ballard', title: 'Ballard' }, undefined, 'de')];
    const [event] = deriveEvents(change({ uid: UID.series, contentType: 'series', touched: ['de'], after }));
    expect(event).toMatchObject({ type: 'content.published', data: { contentType: 'series', slug: 'ballard', newlyPublished: true } });
  });

  test('season.announced fires on the first publish only, also after an unpublish and republish', () => {
    const after = [version({ number: 2, seasonStatus: 'ordered', series: ballard })];
    const first = deriveEvents(change({ uid: UID.season, contentType: 'season', after }));
    expect(first).toEqual([
      {
        type: 'season.announced',
        locale: null,
        data: {
          season: {
            documentId: 'doc-1',
            number: 2,
            title: null,
            status: 'ordered',
            episodeCount: null,
            premiereDate: null,
            premiereDatePrecision: null,
            releasePattern: null,
          },
          series: ballard,
        },
      },
    ]);
    const again = deriveEvents(change({ uid: UID.season, contentType: 'season', after, history: new Set(['season.announced']) }));
    expect(again.map((e) => e.type)).toEqual(['content.published']);
  });

  test('credit.added names the person, the series and the seasons it covers', () => {
    const row = {
      department: 'cast',
      billing: 'main',
      character: 'Renée Ballard',
      person: { documentId: 'p-1', slug: 'maggie-q', name: 'Maggie Q', id: 7 },
      series: ballard,
      seasons: [{ documentId: 's-1', number: 1 }],
    };
    const [event] = deriveEvents(change({ uid: UID.credit, contentType: 'credit', after: [version(row)] }));
    expect(event).toEqual({
      type: 'credit.added',
      locale: null,
      data: {
        credit: { documentId: 'doc-1', department: 'cast', billing: 'main', character: 'Renée Ballard', job: null },
        person: { documentId: 'p-1', slug: 'maggie-q', name: 'Maggie Q' },
        series: ballard,
        seasons: [{ documentId: 's-1', number: 1, title: null }],
      },
    });
  });

  test('series.renewed fires for a renewal, and when a status event is corrected to one, but never twice', () => {
    const renewed = version({ kind: 'renewed', series: ballard, season: { documentId: 's-2', number: 2 } }, { kind: 'renewed' });
    const ordered = version({ kind: 'ordered', series: ballard }, { kind: 'ordered' });
    const statusEvent = (over: Partial<DocumentChange>) => change({ uid: UID.statusEvent, contentType: 'status-event', ...over });

    expect(deriveEvents(statusEvent({ after: [renewed] })).map((e) => e.type)).toEqual(['series.renewed']);
    expect(deriveEvents(statusEvent({ before: [ordered], after: [renewed] })).map((e) => e.type)).toEqual(['series.renewed']);
    expect(deriveEvents(statusEvent({ after: [renewed], history: new Set(['series.renewed']) })).map((e) => e.type)).toEqual(['content.published']);
    expect(deriveEvents(statusEvent({ after: [ordered] })).map((e) => e.type)).toEqual(['content.published']);
  });

  test('articles: published the first time, updated with what changed, unpublished with whether it was deleted', () => {
    const article = (headline: string) => version({ headline, slug: 'staffel-2', publishedOn: '2025-10-06', series: [ballard] }, { headline }, 'de');
    const published = deriveEvents(change({ uid: UID.article, contentType: 'article', touched: ['de'], after: [article('Staffel 2')] }));
    expect(published).toEqual([
      {
        type: 'article.published',
        locale: 'de',
        data: { article: { documentId: 'doc-1', slug: 'staffel-2', locale: 'de', headline: 'Staffel 2', publishedOn: '2025-10-06' }, series: [ballard] },
      },
    ]);
    const updated = deriveEvents(
      change({ uid: UID.article, contentType: 'article', touched: ['de'], before: [article('Staffel 2')], after: [article('Staffel 2 kommt')] })
    );
    expect(updated).toMatchObject([{ type: 'article.updated', data: { changed: ['headline'] } }]);
    const deleted = deriveEvents(change({ uid: UID.article, contentType: 'article', action: 'delete', touched: ['de'], before: [article('Staffel 2')] }));
    expect(deleted).toMatchObject([{ type: 'article.unpublished', locale: 'de', data: { article: { slug: 'staffel-2' }, deleted: true } }]);
  });

  test('publishing one locale is news about that locale only', () => {
    const de = version({ headline: 'Staffel 2', slug: 'staffel-2' }, { headline: 'Staffel 2' }, 'de');
    const en = version({ headline: 'Season 2', slug: 'season-2' }, { headline: 'Season 2' }, 'en');
    const events = deriveEvents(change({ uid: UID.article, contentType: 'article', touched: ['en'], before: [de], after: [de, en] }));
    expect(events).toMatchObject([{ type: 'article.published', locale: 'en', data: { article: { slug: 'season-2', locale: 'en' } } }]);
  });

  test('a republish that changes nothing, a draft-only delete and unpublishing other types are not news', () => {
    const same = version({ name: 'Maggie Q' }, { name: 'Maggie Q' }, 'de');
    expect(deriveEvents(change({ touched: ['de'], before: [same], after: [same] }))).toEqual([]);
    expect(deriveEvents(change({ action: 'delete', touched: ['de'] }))).toEqual([]);
    expect(deriveEvents(change({ action: 'unpublish', touched: ['de'], before: [same] }))).toEqual([]);
  });

  test('content.published for other types lists the changed fields', () => {
    const before = version({ name: 'Krimi', slug: 'krimi' }, { name: 'Krimi', slug: 'krimi' });
    const after = version({ name: 'Krimi & Thriller', slug: 'krimi' }, { name: 'Krimi & Thriller', slug: 'krimi' });
    const [event] = deriveEvents(change({ uid: UID.genre, contentType: 'genre', action: 'save', before: [before], after: [after] }));
    expect(event).toEqual({
      type: 'content.published',
      locale: null,
      data: { contentType: 'genre', documentId: 'doc-1', locale: null, slug: 'krimi', label: 'Krimi & Thriller', newlyPublished: false, changed: ['name'] },
    });
  });

  test('payloads stay thin: a credit with long texts is far below 20 kB', () => {
    const long = 'x'.repeat(2000);
    const row = {
      department: 'cast',
      character: long,
      characterDescription: long.repeat(10),
      person: { documentId: 'p', name: long },
      series: ballard,
      seasons: [],
    };
    const [event] = deriveEvents(change({ uid: UID.credit, contentType: 'credit', after: [version(row)] }));
    expect(JSON.stringify(event.data).length).toBeLessThan(20_000);
    expect(JSON.stringify(event.data)).not.toContain(long.repeat(2));
  });
});

describe('changedFields', () => {
  test('compares structurally and ignores key order only where JSON does', () => {
    expect(changedFields({ a: [1, 2], b: { c: 1 } }, { a: [1, 2], b: { c: 2 } })).toEqual(['b']);
    expect(changedFields({ a: null }, { a: undefined })).toEqual([]);
    expect(changedFields(undefined, { a: 1 })).toEqual([]);
  });
});
