import { articleLoaders } from '../../../graphql/src/loaders/articles';
import { authorLoaders } from '../../../graphql/src/loaders/authors';
import { categoryLoaders } from '../../../graphql/src/loaders/categories';
import { companyLoaders } from '../../../graphql/src/loaders/companies';
import { componentLoaders } from '../../../graphql/src/loaders/components';
import { creditLoaders } from '../../../graphql/src/loaders/credits';
import { episodeLoaders } from '../../../graphql/src/loaders/episodes';
import { franchiseLoaders } from '../../../graphql/src/loaders/franchises';
import { genreLoaders } from '../../../graphql/src/loaders/genres';
import { createLoaders } from '../../../graphql/src/loaders/index';
import { kinshipLoaders } from '../../../graphql/src/loaders/kinships';
import { outletLoaders } from '../../../graphql/src/loaders/outlets';
import { personLoaders } from '../../../graphql/src/loaders/people';
import { platformLoaders } from '../../../graphql/src/loaders/platforms';
import { seasonLoaders } from '../../../graphql/src/loaders/seasons';
import { seriesLoaders } from '../../../graphql/src/loaders/series';
import { statusEventLoaders } from '../../../graphql/src/loaders/status-events';
import type { Model } from '../../../graphql/src/store/model';
import type { Reader } from '../../../graphql/src/store/reader';

type Call = { method: string; uid: string; name: string; keys: readonly unknown[]; page?: unknown };

/**
 * A reader that records its calls and answers with values naming what was asked for; `missing`
 * and 3 have nothing. The loaders' contract: one reader call per batch, results in key order.
 */
const recordingReader = () => {
  const calls: Call[] = [];
  const reader = {
    byAttribute: async (uid: string, attribute: string, keys: readonly string[]) => {
      calls.push({ method: 'byAttribute', uid, name: attribute, keys });
      return new Map(keys.filter((key) => key !== 'missing').map((key) => [key, { documentId: `${attribute}=${key}` }]));
    },
    linked: async (uid: string, field: string, ids: readonly number[], page?: unknown) => {
      calls.push({ method: 'linked', uid, name: field, keys: ids, ...(page ? { page } : {}) });
      return new Map(
        ids.filter((id) => id !== 3).map((id) => [id, [{ entity: { documentId: `${field}-of-${id}-a` } }, { entity: { documentId: `${field}-of-${id}-b` } }]])
      );
    },
    linkedCounts: async (uid: string, field: string, ids: readonly number[]) => {
      calls.push({ method: 'linkedCounts', uid, name: field, keys: ids });
      return new Map(ids.filter((id) => id !== 3).map((id) => [id, id * 10]));
    },
    components: async (uid: string, field: string, ids: readonly number[]) => {
      calls.push({ method: 'components', uid, name: field, keys: ids });
      return new Map(ids.filter((id) => id !== 3).map((id) => [id, [{ value: `${field}-of-${id}` }, { value: 'second' }]]));
    },
  };
  return { reader: reader as unknown as Reader, calls };
};

const S = (name: string) => `plugin::showrunner.${name}`;

/** Every loader a resolver can reach, with the one reader call it stands for. */
const LOADERS: Record<string, [family: Record<string, (reader: Reader) => unknown>, method: string, uid: string, name: string]> = {
  seriesBySlug: [seriesLoaders, 'byAttribute', S('series'), 'slug'],
  seriesByDocumentId: [seriesLoaders, 'byAttribute', S('series'), 'documentId'],
  spinoffOfBySeries: [seriesLoaders, 'linked', S('series'), 'spinoffOf'],
  spinoffsBySeries: [seriesLoaders, 'linked', S('series'), 'spinoffs'],
  seriesByFranchise: [seriesLoaders, 'linked', S('franchise'), 'series'],
  seriesByCredit: [seriesLoaders, 'linked', S('credit'), 'series'],
  seriesByArticle: [seriesLoaders, 'linked', S('article'), 'series'],
  knownForByPerson: [seriesLoaders, 'linked', S('person'), 'knownFor'],
  seasonByDocumentId: [seasonLoaders, 'byAttribute', S('season'), 'documentId'],
  seasonsBySeries: [seasonLoaders, 'linked', S('series'), 'seasons'],
  seasonsByCredit: [seasonLoaders, 'linked', S('credit'), 'seasons'],
  seasonByStatusEvent: [seasonLoaders, 'linked', S('status-event'), 'season'],
  episodeByDocumentId: [episodeLoaders, 'byAttribute', S('episode'), 'documentId'],
  episodesBySeason: [episodeLoaders, 'linked', S('season'), 'episodes'],
  creditsBySeries: [creditLoaders, 'linked', S('series'), 'credits'],
  creditsByPerson: [creditLoaders, 'linked', S('person'), 'credits'],
  personBySlug: [personLoaders, 'byAttribute', S('person'), 'slug'],
  personByDocumentId: [personLoaders, 'byAttribute', S('person'), 'documentId'],
  personByCredit: [personLoaders, 'linked', S('credit'), 'person'],
  speakersByStatusEvent: [personLoaders, 'linked', S('status-event'), 'statementBy'],
  peopleByArticle: [personLoaders, 'linked', S('article'), 'people'],
  personByKinship: [personLoaders, 'linked', S('kinship'), 'person'],
  relativeByKinship: [personLoaders, 'linked', S('kinship'), 'relative'],
  kinshipsByPerson: [kinshipLoaders, 'linked', S('person'), 'relatives'],
  inverseKinshipsByPerson: [kinshipLoaders, 'linked', S('person'), 'relativeOf'],
  statusEventByDocumentId: [statusEventLoaders, 'byAttribute', S('status-event'), 'documentId'],
  statusEventsBySeries: [statusEventLoaders, 'linked', S('series'), 'statusEvents'],
  articleBySlug: [articleLoaders, 'byAttribute', S('article'), 'slug'],
  articleByDocumentId: [articleLoaders, 'byAttribute', S('article'), 'documentId'],
  relatedArticlesByArticle: [articleLoaders, 'linked', S('article'), 'relatedArticles'],
  relatedFromByArticle: [articleLoaders, 'linked', S('article'), 'relatedFrom'],
  platformBySlug: [platformLoaders, 'byAttribute', S('platform'), 'slug'],
  platformByDocumentId: [platformLoaders, 'byAttribute', S('platform'), 'documentId'],
  platformsBySeries: [platformLoaders, 'linked', S('series'), 'platforms'],
  originalNetworkBySeries: [platformLoaders, 'linked', S('series'), 'originalNetwork'],
  platformByStatusEvent: [platformLoaders, 'linked', S('status-event'), 'confirmedBy'],
  companyByDocumentId: [companyLoaders, 'byAttribute', S('company'), 'documentId'],
  productionCompaniesBySeries: [companyLoaders, 'linked', S('series'), 'productionCompanies'],
  ownerByPlatform: [companyLoaders, 'linked', S('platform'), 'owner'],
  companyByCredit: [companyLoaders, 'linked', S('credit'), 'onBehalfOf'],
  franchiseBySlug: [franchiseLoaders, 'byAttribute', S('franchise'), 'slug'],
  franchiseByDocumentId: [franchiseLoaders, 'byAttribute', S('franchise'), 'documentId'],
  franchiseBySeries: [franchiseLoaders, 'linked', S('series'), 'franchise'],
  genreBySlug: [genreLoaders, 'byAttribute', S('genre'), 'slug'],
  genreByDocumentId: [genreLoaders, 'byAttribute', S('genre'), 'documentId'],
  genresBySeries: [genreLoaders, 'linked', S('series'), 'genres'],
  outletByDocumentId: [outletLoaders, 'byAttribute', S('outlet'), 'documentId'],
  sourcesByArticle: [outletLoaders, 'linked', S('article'), 'sources'],
  outletByStatusEvent: [outletLoaders, 'linked', S('status-event'), 'reportedBy'],
  outletByCredit: [outletLoaders, 'linked', S('credit'), 'announcedBy'],
  authorByDocumentId: [authorLoaders, 'byAttribute', S('author'), 'documentId'],
  authorByArticle: [authorLoaders, 'linked', S('article'), 'author'],
  categoryBySlug: [categoryLoaders, 'byAttribute', S('category'), 'slug'],
  categoryByDocumentId: [categoryLoaders, 'byAttribute', S('category'), 'documentId'],
  categoryByArticle: [categoryLoaders, 'linked', S('article'), 'category'],
  sourceMaterialBySeries: [componentLoaders, 'components', S('series'), 'sourceMaterial'],
  criticScoresBySeries: [componentLoaders, 'components', S('series'), 'criticScores'],
  audienceMetricsBySeries: [componentLoaders, 'components', S('series'), 'audienceMetrics'],
  externalIdsBySeries: [componentLoaders, 'components', S('series'), 'externalIds'],
  photoByPerson: [componentLoaders, 'components', S('person'), 'photo'],
  leadImageByArticle: [componentLoaders, 'components', S('article'), 'leadImage'],
  updatesByArticle: [componentLoaders, 'components', S('article'), 'updates'],
};

/** To-one loaders answer one value (or null) per key; the others a list per key. */
const SINGLE =
  /^(spinoffOf|seriesByCredit|seasonByStatusEvent|personBy(Credit|Kinship)|relativeByKinship|originalNetwork|platformByStatusEvent|ownerByPlatform|companyByCredit|franchiseBySeries|outletBy(StatusEvent|Credit)|authorByArticle|categoryByArticle|sourceMaterial|photoByPerson|leadImageByArticle)/;

const FAMILIES = [
  seriesLoaders,
  seasonLoaders,
  episodeLoaders,
  creditLoaders,
  personLoaders,
  kinshipLoaders,
  statusEventLoaders,
  articleLoaders,
  platformLoaders,
  companyLoaders,
  franchiseLoaders,
  genreLoaders,
  outletLoaders,
  authorLoaders,
  categoryLoaders,
  componentLoaders,
];

describe('per-request loaders', () => {
  it('the table below covers every loader of every family (the paged news loaders have their own tests)', () => {
    const names = FAMILIES.flatMap((family) => Object.keys(family)).filter((name) => !/^newsBy/.test(name));
    expect(names.sort()).toEqual(Object.keys(LOADERS).sort());
  });

  it.each(Object.entries(LOADERS))('%s loads every key of a tick in one reader call, answering in key order', async (name, [family, method, uid, field]) => {
    const { reader, calls } = recordingReader();
    const loader = family[name](reader) as { load(key: unknown): Promise<unknown> };
    const keys = method === 'byAttribute' ? ['bosch', 'missing', 'ballard'] : [7, 3, 5];
    const results = await Promise.all(keys.map((key) => loader.load(key)));
    expect(calls).toEqual([{ method, uid, name: field, keys }]);

    if (method === 'byAttribute') expect(results).toEqual([{ documentId: `${field}=bosch` }, null, { documentId: `${field}=ballard` }]);
    else if (method === 'components' && SINGLE.test(name)) expect(results).toEqual([{ value: `${field}-of-7` }, null, { value: `${field}-of-5` }]);
    else if (method === 'components')
      expect(results).toEqual([[{ value: `${field}-of-7` }, { value: 'second' }], [], [{ value: `${field}-of-5` }, { value: 'second' }]]);
    else if (SINGLE.test(name)) expect(results).toEqual([{ documentId: `${field}-of-7-a` }, null, { documentId: `${field}-of-5-a` }]);
    else {
      expect(results).toEqual([
        [{ documentId: `${field}-of-7-a` }, { documentId: `${field}-of-7-b` }],
        [],
        [{ documentId: `${field}-of-5-a` }, { documentId: `${field}-of-5-b` }],
      ]);
    }
  });

  it.each([
    ['newsBySeries', S('series')],
    ['newsByPerson', S('person')],
  ] as const)('%s pages every source of a tick in one statement and counts totals in one more, only when asked', async (name, uid) => {
    const { reader, calls } = recordingReader();
    const news = articleLoaders[name](reader);
    const pages = await Promise.all([7, 3].map((id) => news.page(id, { offset: 10, first: 1 })));
    expect(calls).toEqual([{ method: 'linked', uid, name: 'articles', keys: [7, 3], page: { offset: 10, limit: 2, orderBy: [['publishedOn', 'desc']] } }]);
    expect(pages.map(({ items, hasNextPage, offset }) => ({ items, hasNextPage, offset }))).toEqual([
      { items: [{ documentId: 'articles-of-7-a' }], hasNextPage: true, offset: 10 },
      { items: [], hasNextPage: false, offset: 10 },
    ]);
    expect(await Promise.all(pages.map((page) => page.count()))).toEqual([70, 0]);
    expect(calls.slice(1)).toEqual([{ method: 'linkedCounts', uid, name: 'articles', keys: [7, 3] }]);
  });

  describe('createLoaders', () => {
    const strapi = { db: { connection: {} } } as never;
    const model = {} as Model;

    it('gives each read scope its own loaders, built once and shared by every parent in that scope', () => {
      const loaders = createLoaders(strapi, model, { preview: false });
      const english = loaders.locale('EN');
      expect(loaders.in({ chain: ['en', 'de'], draft: false })).toBe(english);
      expect(english.seriesBySlug).toBe(english.seriesBySlug);
      expect(loaders.locale('DE').seriesBySlug).not.toBe(english.seriesBySlug);
      expect(loaders.locale(null)).toBe(loaders.locale('DE'));
      expect(english.reader.scope).toEqual({ chain: ['en', 'de'], draft: false, touched: undefined });
    });

    it('reads drafts only in preview, and then for root fields by default', () => {
      expect(() => createLoaders(strapi, model, { preview: false }).in({ chain: ['de', 'en'], draft: true })).toThrow(/preview/);
      const preview = createLoaders(strapi, model, { preview: true });
      expect(preview.locale('DE').reader.scope.draft).toBe(true);
      expect(preview.in({ chain: ['de', 'en'], draft: false })).not.toBe(preview.locale('DE'));
    });
  });
});
