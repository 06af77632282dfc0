import fs from 'node:fs';
import path from 'node:path';
import type { HttpRequestSpec } from './load/load';
import type { ReaderContext } from './readers';
import { ROOT } from './support/env';

/** The series page every target serves, reduced to what a reader sees, to check they all agree. */
export interface SeriesPage {
  title: string;
  seasons: [number, number | null][];
  cast: [string, string | null][];
  news: [string, string][];
}

export type TargetId =
  | 'ours-uncached'
  | 'full-page-ballard'
  | 'full-page-synthetic'
  | 'reader-feed'
  | 'article-comments'
  | 'ours-cached'
  | 'plugin-graphql'
  | 'rest-populate'
  | 'bare-node'
  | 'ours-trivial'
  | 'strapi-health';

export interface Target {
  id: TargetId;
  label: string;
  /** For charts. */
  short: string;
  /** One request per slug; a load run sends them in turn. Reader targets need the signed-in reader (bench/readers.ts). */
  requests(slugs: string[], reader?: ReaderContext): HttpRequestSpec[];
  /** The page in the response body, or null when the body is not a series page; absent for diagnostics. */
  page?(body: unknown): SeriesPage | null;
}

const JSON_POST = { 'content-type': 'application/json', accept: 'application/json' };

/** Replaced by a fresh id in every request (by the autocannon worker, the probe and the trace). */
export const UNIQUE_ID = '[<id>]';

export const SERIES_PAGE_QUERY =
  'query($slug:String!){ series(slug:$slug){ title seasons{ number episodeCount } cast(first:50){ nodes{ person{ name } roles{ character } } } news(first:10){ nodes{ headline publishedAt } } } }';

/** The whole Ballard page a site renders, as the API tests hold it (tests/api/graphql/full-page.test.ts), sent as written. */
export const FULL_PAGE_DOCUMENT = path.join(ROOT, 'tests/api/graphql/documents/ballard-full-page.graphql');
export const FULL_PAGE_QUERY = fs.readFileSync(FULL_PAGE_DOCUMENT, 'utf8');

/** The demo content's series (plugin/server/src/demo/ballard-universe.ts), loaded into the bench catalog beside the synthetic series. */
export const DEMO_SLUG = 'ballard';

export const READER_FEED_QUERY = '{ viewer { feed(first:20){ nodes{ headline publishedAt series{ title } } } } }';

export const ARTICLE_COMMENTS_QUERY =
  'query($slug:String!){ article(slug:$slug){ comments(first:50){ totalCount nodes{ id body postedAt authorName replyCount replies{ id body postedAt authorName } } } } }';

/** With the reader's JWT: never answered by the shared response cache, whatever the body. */
const readerPost = (query: string, variables: object, reader?: ReaderContext): HttpRequestSpec[] => {
  if (!reader) throw new Error('reader targets need the signed-in reader (bench/readers.ts)');
  return [
    {
      method: 'POST',
      path: '/graphql',
      headers: { ...JSON_POST, authorization: `Bearer ${reader.jwt}` },
      body: JSON.stringify({ query, variables }),
    },
  ];
};

const PLUGIN_GRAPHQL_QUERY =
  'query($slug:String!){ showrunnerSeriesList(filters:{slug:{eq:$slug}}){ title seasons(sort:"number:asc"){ number episodeCount } ' +
  'credits(filters:{department:{eq:"cast"}}, sort:"order:asc", pagination:{limit:50}){ character person{ name } } ' +
  'articles(sort:"publishedOn:desc", pagination:{limit:10}){ headline publishedOn } } }';

/** Strapi's bracket syntax for nested query parameters, e.g. populate[credits][fields][0]=character. */
const bracketQuery = (value: object) => {
  const params = new URLSearchParams();
  const add = (prefix: string, item: unknown) => {
    if (item !== null && typeof item === 'object') Object.entries(item).forEach(([key, inner]) => add(prefix ? `${prefix}[${key}]` : key, inner));
    else params.append(prefix, String(item));
  };
  add('', value);
  return params.toString();
};

/** REST cannot limit a populated relation, so `articles` comes back whole and is cut to 10 here. */
const restQuery = (slug: string) =>
  bracketQuery({
    filters: { slug: { $eq: slug } },
    fields: ['title'],
    populate: {
      seasons: { fields: ['number', 'episodeCount'], sort: ['number:asc'] },
      credits: { filters: { department: { $eq: 'cast' } }, fields: ['character', 'order'], sort: ['order:asc'], populate: { person: { fields: ['name'] } } },
      articles: { fields: ['headline', 'publishedOn'], sort: ['publishedOn:desc'] },
    },
  });

type Row = Record<string, any>;

const oursPage = (body: unknown): SeriesPage | null => {
  const series = (body as Row)?.data?.series;
  if (!series) return null;
  return {
    title: series.title,
    seasons: series.seasons.map((s: Row) => [s.number, s.episodeCount]),
    cast: series.cast.nodes.map((n: Row) => [n.person.name, n.roles[0]?.character ?? null]),
    news: series.news.nodes.map((n: Row) => [n.headline, n.publishedAt]),
  };
};

const strapiPage = (series: Row | undefined): SeriesPage | null =>
  series
    ? {
        title: series.title,
        seasons: series.seasons.map((s: Row) => [s.number, s.episodeCount]),
        cast: series.credits.slice(0, 50).map((c: Row) => [c.person?.name, c.character ?? null]),
        news: series.articles.slice(0, 10).map((a: Row) => [a.headline, a.publishedOn]),
      }
    : null;

/** Our POST with a fresh, undeclared `nocache` variable per request: the response cache misses, the parsed document stays cached. */
const uncachedPost = (query: string) => (slugs: string[]) =>
  slugs.map((slug): HttpRequestSpec => ({
    method: 'POST',
    path: '/graphql',
    headers: JSON_POST,
    body: JSON.stringify({ query, variables: { slug, nocache: UNIQUE_ID } }),
  }));

const graphqlPost = (path: string, query: string) => (slugs: string[]) =>
  slugs.map((slug): HttpRequestSpec => ({ method: 'POST', path, headers: JSON_POST, body: JSON.stringify({ query, variables: { slug } }) }));

export const TARGETS: Record<TargetId, Target> = {
  'ours-uncached': {
    id: 'ours-uncached',
    short: 'ours, uncached',
    label: 'ours /graphql, uncached (POST, every series in turn, cache missed on purpose)',
    // Our response cache keys POSTs on the whole body: a variable the query does not declare (and
    // graphql-js ignores) with a fresh id per request makes every request a miss, the cost of
    // building the page, while the parsed and validated query stays cached as in real traffic.
    requests: uncachedPost(SERIES_PAGE_QUERY),
    page: oursPage,
  },
  // The full page holds the narrow page's fields, so its answers are checked against the narrow page's, series by series.
  'full-page-ballard': {
    id: 'full-page-ballard',
    short: 'ours full page, Ballard',
    label: 'ours /graphql, the full page a site renders, Ballard as shipped (POST, cache missed on purpose)',
    requests: (_slugs) => uncachedPost(FULL_PAGE_QUERY)([DEMO_SLUG]),
    page: oursPage,
  },
  'full-page-synthetic': {
    id: 'full-page-synthetic',
    short: 'ours full page, catalog',
    label: 'ours /graphql, the full page a site renders, synthetic catalog (POST, every series in turn, cache missed on purpose)',
    requests: uncachedPost(FULL_PAGE_QUERY),
    page: oursPage,
  },
  'reader-feed': {
    id: 'reader-feed',
    short: 'ours viewer.feed',
    label: 'ours /graphql, `viewer.feed(first: 20)` of a reader following 50 series (POST with the JWT, uncached)',
    requests: (_slugs, reader) => readerPost(READER_FEED_QUERY, {}, reader),
  },
  'article-comments': {
    id: 'article-comments',
    short: 'ours Article.comments',
    label: 'ours /graphql, `Article.comments(first: 50)` with replies, 30 comments (POST with the JWT, uncached)',
    requests: (_slugs, reader) => readerPost(ARTICLE_COMMENTS_QUERY, { slug: reader?.article }, reader),
  },
  'ours-cached': {
    id: 'ours-cached',
    short: 'ours, cached GET',
    label: 'ours /graphql, cached (GET, one series, repeated)',
    // GraphQL over HTTP GET of one page: what a response cache or CDN keys on.
    requests: (slugs) => [
      {
        method: 'GET',
        path: `/graphql?${new URLSearchParams({ query: SERIES_PAGE_QUERY, variables: JSON.stringify({ slug: slugs[0] }) })}`,
        headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
      },
    ],
    page: oursPage,
  },
  'plugin-graphql': {
    id: 'plugin-graphql',
    short: 'plugin-graphql',
    label: '@strapi/plugin-graphql (POST, every series in turn)',
    requests: graphqlPost('/strapi-graphql', PLUGIN_GRAPHQL_QUERY),
    page: (body) => strapiPage((body as Row)?.data?.showrunnerSeriesList?.[0]),
  },
  'rest-populate': {
    id: 'rest-populate',
    short: 'REST populate',
    label: 'Strapi REST with populate (GET, every series in turn)',
    requests: (slugs) =>
      slugs.map((slug) => ({ method: 'GET', path: `/api/showrunner/series-list?${restQuery(slug)}`, headers: { accept: 'application/json' } })),
    page: (body) => strapiPage((body as Row)?.data?.[0]),
  },
  'bare-node': {
    id: 'bare-node',
    short: 'bare Node (ceiling)',
    label: 'bare Node http, same bytes (ceiling)',
    requests: () => [{ method: 'GET', path: '/', headers: { accept: 'application/json' } }],
    page: oursPage,
  },
  // Diagnostics, not targets: the floor of the request pipeline without any page to build.
  'ours-trivial': {
    id: 'ours-trivial',
    short: 'ours { apiVersion }',
    label: 'ours /graphql `{ apiVersion }` (no SQL: Strapi + Apollo floor)',
    requests: () => [{ method: 'POST', path: '/graphql', headers: JSON_POST, body: JSON.stringify({ query: '{ apiVersion }' }) }],
  },
  'strapi-health': {
    id: 'strapi-health',
    short: 'Strapi /_health',
    label: 'Strapi /_health (Koa + Strapi middleware floor)',
    requests: () => [{ method: 'GET', path: '/_health', headers: {} }],
  },
};
