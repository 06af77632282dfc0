import { seriesSlug } from './catalog/synthetic';

/** The signed-in reader the reader targets send requests as, and the article that has the comments. */
export interface ReaderContext {
  jwt: string;
  article: string;
  follows: number;
  comments: number;
}

export const FOLLOWED_SERIES = 50;
export const ARTICLE_COMMENTS = 30;
const COMMENTERS = 3;

/** Reader budgets raised for the bench host: setting up the readers must not wait for them. */
export const READER_BUDGET_ENV = {
  SHOWRUNNER_FOLLOWS_PER_MINUTE: '100000',
  SHOWRUNNER_COMMENTS_PER_MINUTE: '0',
  SHOWRUNNER_COMMENTS_PER_DAY: '100000',
};

type Row = Record<string, any>;

const register = async (url: string, name: string) => {
  const response = await fetch(`${url}/api/auth/local/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ username: name, email: `${name}@bench.example`, password: 'bench-Passw0rd-1' }),
  });
  const body = (await response.json().catch(() => null)) as Row | null;
  if (!response.ok || typeof body?.jwt !== 'string') throw new Error(`registering ${name}: HTTP ${response.status} ${JSON.stringify(body).slice(0, 300)}`);
  return body.jwt as string;
};

const mutate = async (url: string, jwt: string, query: string, field: string) => {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${jwt}` },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json().catch(() => null)) as Row | null;
  const payload = body?.data?.[field];
  if (!response.ok || body?.errors || !payload || payload.userErrors?.length) {
    throw new Error(`${field}: HTTP ${response.status} ${JSON.stringify(body).slice(0, 300)}`);
  }
  return payload as Row;
};

/**
 * Registers readers through users-permissions' REST route on the bench host, lets the first follow
 * 50 series through `followSeries` and has all of them post 30 comments (every third an answer)
 * on the first series' first article through `createComment`.
 */
export const prepareReaders = async (url: string, seriesCount: number): Promise<ReaderContext> => {
  const readers: string[] = [];
  for (let i = 0; i < COMMENTERS; i += 1) readers.push(await register(url, `bench-reader-${i}`));
  const follows = Math.min(FOLLOWED_SERIES, seriesCount);
  for (let i = 0; i < follows; i += 1) {
    const payload = await mutate(
      url,
      readers[0],
      `mutation { followSeries(input: { series: ${JSON.stringify(seriesSlug(i))} }) { series { viewerFollows } userErrors { code message } } }`,
      'followSeries'
    );
    if (payload.series?.viewerFollows !== true) throw new Error(`followSeries ${seriesSlug(i)} did not follow`);
  }
  const article = `${seriesSlug(0)}-news-1`;
  const threads: string[] = [];
  for (let i = 0; i < ARTICLE_COMMENTS; i += 1) {
    const parent = i % 3 === 2 ? threads[threads.length - 1] : null;
    const input = `article: ${JSON.stringify(article)}, body: ${JSON.stringify(`Kommentar ${i + 1} aus dem Benchmark.`)}${parent ? `, parent: ${JSON.stringify(parent)}` : ''}`;
    const payload = await mutate(
      url,
      readers[i % COMMENTERS],
      `mutation { createComment(input: { ${input} }) { comment { id } userErrors { code message } } }`,
      'createComment'
    );
    if (!parent) threads.push(payload.comment.id);
  }
  return { jwt: readers[0], article, follows, comments: ARTICLE_COMMENTS };
};
