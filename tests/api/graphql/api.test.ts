import { databaseKinds } from '../../support/databases';
import { graphql } from '../../support/graphql-client';
import { apiWorld, type ApiWorld } from './harness';

const SERIES_PAGE = /* GraphQL */ `
  query SeriesPage($slug: String!) {
    series(slug: $slug) {
      title
      status
      platforms {
        name
      }
      originalNetwork {
        name
        active
      }
      spinoffOf {
        title
      }
      franchise {
        name
      }
      seasons {
        number
        episodeCount
        premiere {
          date
          precision
        }
        productionStart {
          date
          precision
        }
        filmingLocation
      }
      cast(first: 100) {
        totalCount
        nodes {
          person {
            name
          }
          billing
          roles {
            character
            sourceCharacterName
            announcedBy {
              name
            }
          }
          seasons
        }
      }
      crew(first: 100) {
        nodes {
          person {
            name
          }
          jobs {
            job
            seasons
            onBehalfOf {
              name
            }
          }
        }
      }
      renewals(kinds: [RENEWED]) {
        kind
        season {
          number
        }
        reportedAt
        reportedBy {
          name
        }
        confirmed {
          date
          precision
        }
        confirmedBy {
          name
        }
        statement {
          text
          by {
            name
          }
        }
      }
      news(first: 50) {
        totalCount
        nodes {
          headline
          publishedAt
          author {
            name
          }
          sources {
            name
          }
          updates {
            label
            text
          }
        }
      }
    }
  }
`;

describe.each(databaseKinds())('the GraphQL API over HTTP on %s', (kind) => {
  let world: ApiWorld;
  const query = (q: string, variables?: Record<string, unknown>, headers?: Record<string, string>) => graphql(world.server.url, q, variables, headers);

  beforeAll(async () => {
    world = await apiWorld(kind);
  });
  afterAll(async () => world?.close());

  it('returns Ballard with its cast, renewal as reported and as confirmed, showrunners and news in one request', async () => {
    const { status, body } = await query(SERIES_PAGE, { slug: 'ballard' });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const ballard = body.data.series;
    expect(ballard).toMatchObject({
      title: 'Ballard',
      status: 'RETURNING',
      platforms: [{ name: 'Prime Video' }],
      originalNetwork: { name: 'Freevee', active: false },
      spinoffOf: { title: 'Bosch: Legacy' },
      franchise: { name: 'Bosch' },
    });
    expect(ballard.cast.nodes[0]).toMatchObject({ person: { name: 'Maggie Q' }, billing: 'MAIN', roles: [{ character: 'Renée Ballard' }], seasons: [1, 2] });
    expect(ballard.cast.nodes).toContainEqual(
      expect.objectContaining({
        person: { name: 'Rosanna Arquette' },
        seasons: [2],
        roles: [expect.objectContaining({ character: 'Jenny Ballard', sourceCharacterName: 'Makani Ballard', announcedBy: { name: 'Deadline' } })],
      })
    );
    const showrunners = ballard.crew.nodes
      .filter((member: any) => member.jobs.some((job: any) => job.job === 'SHOWRUNNER'))
      .map((member: any) => member.person.name)
      .sort();
    expect(showrunners).toEqual(['Kendall Sherwood', 'Michael Alaimo']);
    expect(ballard.renewals).toEqual([
      {
        kind: 'RENEWED',
        season: { number: 2 },
        reportedAt: '2025-10-06T09:48:00.000Z',
        reportedBy: { name: 'Deadline' },
        confirmed: { date: '2025-10-01', precision: 'MONTH' },
        confirmedBy: { name: 'Prime Video' },
        statement: { text: expect.stringContaining('dankbar'), by: [{ name: 'Michael Alaimo' }, { name: 'Kendall Sherwood' }] },
      },
    ]);
    expect(ballard.news.nodes.map((article: any) => article.publishedAt)).toEqual(['2026-01-23T14:57:00.000Z', '2025-10-06T09:48:00.000Z']);
    expect(ballard.news.nodes[1].updates).toEqual([{ label: 'UPDATE', text: expect.stringContaining('offiziell') }]);
  });

  it('orders the cast main before recurring before guest', async () => {
    const { body } = await query('{ series(slug: "ballard") { cast { nodes { billing person { name } } } } }');
    const billings = body.data.series.cast.nodes.map((member: any) => member.billing);
    const rank = (billing: string | null) => ['MAIN', 'RECURRING', 'GUEST'].indexOf(billing ?? '') + (billing ? 0 : 4);
    expect(billings.map(rank)).toEqual([...billings.map(rank)].sort((a, b) => a - b));
    expect(body.data.series.cast.nodes.at(-1)).toEqual({ billing: null, person: { name: 'Rosanna Arquette' } });
  });

  it('filters the cast by season', async () => {
    const { body } = await query('{ series(slug: "ballard") { cast(season: 2) { nodes { person { name } } } } }');
    expect(body.data.series.cast.nodes.map((member: any) => member.person.name)).toEqual(['Maggie Q', 'Rosanna Arquette']);
  });

  it('returns null for an unknown slug', async () => {
    const { status, body } = await query('{ series(slug: "gibt-es-nicht") { title } person(slug: "niemand") { name } article(slug: "nichts") { headline } }');
    expect(status).toBe(200);
    expect(body).toEqual({ data: { series: null, person: null, article: null }, extensions: expect.any(Object) });
  });

  it('sends the same number of SQL statements for a page with 5 or 200 credits and 1 or 50 articles', async () => {
    const small = await query(SERIES_PAGE, { slug: 'small' });
    const large = await query(SERIES_PAGE, { slug: 'large' });
    expect(small.body.data.series.cast.totalCount).toBe(5);
    expect(large.body.data.series.cast.totalCount).toBe(200);
    expect(small.body.data.series.news.totalCount).toBe(1);
    expect(large.body.data.series.news.totalCount).toBe(50);
    expect(small.body.extensions?.sqlStatements).toEqual(expect.any(Number));
    expect(large.body.extensions?.sqlStatements).toBe(small.body.extensions?.sqlStatements);
  });

  it('pages news with opaque cursors', async () => {
    const page = (after?: string) =>
      query('query($after: String) { series(slug: "large") { news(first: 20, after: $after) { pageInfo { hasNextPage endCursor } nodes { headline } } } }', {
        after,
      });
    const first = (await page()).body.data.series.news;
    const second = (await page(first.pageInfo.endCursor)).body.data.series.news;
    const third = (await page(second.pageInfo.endCursor)).body.data.series.news;
    expect([first.nodes.length, second.nodes.length, third.nodes.length]).toEqual([20, 20, 10]);
    expect([first.pageInfo.hasNextPage, second.pageInfo.hasNextPage, third.pageInfo.hasNextPage]).toEqual([true, true, false]);
    expect(first.nodes[0].headline).toBe('News 49 about large');
    expect(new Set([...first.nodes, ...second.nodes, ...third.nodes].map((n: any) => n.headline)).size).toBe(50);
  });

  it.each([
    ['first', '{ series(slug: "ballard") { news(first: 1000) { totalCount } } }', /Invalid argument "first": must be between 0 and 100/],
    ['after', '{ series(slug: "ballard") { news(after: "not-a-cursor") { totalCount } } }', /Invalid argument "after"/],
    ['query', '{ search(query: "a") { totalCount } }', /Invalid argument "query"/],
  ])('rejects a bad "%s" argument with BAD_USER_INPUT', async (argument, document, message) => {
    const { body } = await query(document);
    expect(body.errors?.[0]).toMatchObject({ message: expect.stringMatching(message), extensions: { code: 'BAD_USER_INPUT', argument } });
  });

  it('rejects an unknown enum value with BAD_USER_INPUT naming the variable', async () => {
    const { status, body } = await query('query($status: [SeriesStatus!]) { seriesList(filter: { status: $status }) { totalCount } }', { status: ['SOMEDAY'] });
    expect(status).toBe(400);
    expect(body.errors?.[0]).toMatchObject({ message: expect.stringContaining('$status'), extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('never shows drafts to the public', async () => {
    const { body } = await query(`{
      series(slug: "geheimprojekt") { title }
      article(slug: "entwurf-ballard-staffel-3") { headline }
      ballard: series(slug: "ballard") { news { totalCount nodes { headline } } }
      search(query: "geheimprojekt") { totalCount }
    }`);
    expect(body.data).toEqual({ series: null, article: null, ballard: { news: { totalCount: 2, nodes: expect.any(Array) } }, search: { totalCount: 0 } });
  });

  it('shows drafts with a valid preview token and refuses an invalid one', async () => {
    const document = '{ series(slug: "geheimprojekt") { title } article(slug: "entwurf-ballard-staffel-3") { headline series { title } } }';
    const preview = await query(document, {}, { 'x-preview-token': world.previewToken });
    expect(preview.body.data).toEqual({
      series: { title: 'Geheimprojekt' },
      article: { headline: 'Entwurf: Ballard Staffel 3', series: [{ title: 'Ballard' }] },
    });
    const forged = await query(document, {}, { 'x-preview-token': 'forged' });
    expect(forged.status).toBe(401);
    expect(forged.body.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('rejects a query deeper than the limit before any SQL runs', async () => {
    const deep =
      '{ series(slug: "ballard") { spinoffOf { spinoffOf { spinoffOf { spinoffOf { spinoffOf { spinoffOf { spinoffOf { spinoffOf { spinoffOf { spinoffOf { title } } } } } } } } } } } }';
    const { status, body } = await query(deep);
    expect(status).toBe(400);
    expect(body.errors?.[0].message).toMatch(/depth/i);
    expect(body.extensions?.sqlStatements).toEqual(expect.any(Number));
    expect(body.extensions?.sqlStatements).toBe(0);
  });

  it('answers GET requests for queries', async () => {
    const url = `${world.server.url}/graphql?query=${encodeURIComponent('{ series(slug: "ballard") { title } }')}`;
    const response = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ data: { series: { title: 'Ballard' } } });
  });
  it('lists series filtered by status, platform, genre and franchise', async () => {
    const list = async (filter: string) => (await query(`{ seriesList(filter: ${filter}, first: 50) { totalCount nodes { slug } } }`)).body.data.seriesList;
    expect((await list('{ franchise: "bosch" }')).nodes.map((s: any) => s.slug)).toEqual(['ballard', 'bosch', 'bosch-legacy']);
    expect((await list('{ platform: "prime-video" }')).nodes.map((s: any) => s.slug)).toEqual(['ballard']);
    expect((await list('{ status: [ENDED], genre: "krimi" }')).nodes.map((s: any) => s.slug)).toEqual(['bosch-legacy']);
    expect(await list('{ platform: "gibt-es-nicht" }')).toEqual({ totalCount: 0, nodes: [] });
  });

  it('pages the series list with a total', async () => {
    const { body } = await query('{ seriesList(first: 2, sort: TITLE_DESC) { totalCount pageInfo { hasNextPage } nodes { title } } }');
    expect(body.data.seriesList).toEqual({
      totalCount: 9,
      pageInfo: { hasNextPage: true },
      nodes: [{ title: 'The Closer' }, { title: 'Severance' }],
    });
  });

  it('returns a person with credits across series, relatives both ways and known-for works', async () => {
    const { body } = await query(`{
      rosanna: person(slug: "rosanna-arquette") { name credits { series { title } department characters seasons } relatives { person { name } kind detail } knownFor { title } }
      patricia: person(slug: "patricia-arquette") { relatives { person { name } detail } knownFor { title } }
      connelly: person(slug: "michael-connelly") { credits { series { title } jobs } }
    }`);
    expect(body.data.rosanna).toEqual({
      name: 'Rosanna Arquette',
      credits: [{ series: { title: 'Ballard' }, department: 'CAST', characters: ['Jenny Ballard'], seasons: [2] }],
      relatives: [{ person: { name: 'Patricia Arquette' }, kind: 'SIBLING', detail: 'jüngere Schwester' }],
      knownFor: [{ title: 'Ray Donovan' }],
    });
    expect(body.data.patricia).toEqual({
      relatives: [{ person: { name: 'Rosanna Arquette' }, detail: 'ältere Schwester' }],
      knownFor: [{ title: 'Severance' }],
    });
    expect(body.data.connelly.credits).toEqual(
      expect.arrayContaining([
        { series: { title: 'Ballard' }, jobs: ['SOURCE_AUTHOR', 'EXECUTIVE_PRODUCER'] },
        { series: { title: 'Bosch' }, jobs: ['SOURCE_AUTHOR'] },
        { series: { title: 'Bosch: Legacy' }, jobs: ['SOURCE_AUTHOR'] },
      ])
    );
  });

  it('lists articles by series, person and category, newest first', async () => {
    const { body } = await query(`{
      byPerson: articles(filter: { person: "rosanna-arquette" }) { totalCount nodes { slug } }
      byCategory: articles(filter: { category: "news-international" }) { nodes { slug } }
      both: articles(filter: { series: "ballard", person: "maggie-q" }) { nodes { slug } }
    }`);
    expect(body.data.byPerson).toEqual({ totalCount: 1, nodes: [{ slug: 'ballard-rosanna-arquette-staffel-2' }] });
    expect(body.data.byCategory.nodes).toEqual([{ slug: 'ballard-zweite-staffel-bosch-legacy-spin-off' }]);
    expect(body.data.both.nodes).toEqual([{ slug: 'ballard-rosanna-arquette-staffel-2' }, { slug: 'ballard-zweite-staffel-bosch-legacy-spin-off' }]);
  });

  it('returns an article with its tags, sources, image credit, update and related article', async () => {
    const { body } = await query(`{ article(slug: "ballard-rosanna-arquette-staffel-2") {
      headline author { name } publishedAt leadImage { caption credit } sources { name } series { slug } people { name }
      relatedArticles { slug } bodyText body
    } }`);
    const article = body.data.article;
    expect(article).toMatchObject({
      author: { name: 'Christopher Diekhaus' },
      publishedAt: '2026-01-23T14:57:00.000Z',
      leadImage: { caption: 'Rosanna Arquette in „Ray Donovan“', credit: 'Showtime/Suzanne Tenner' },
      sources: [{ name: 'Deadline' }],
      relatedArticles: [{ slug: 'ballard-zweite-staffel-bosch-legacy-spin-off' }],
    });
    expect(article.series.map((s: any) => s.slug)).toEqual(['ballard', 'ray-donovan', 'severance', 'bosch', 'bosch-legacy']);
    expect(article.people).toContainEqual({ name: 'Rosanna Arquette' });
    expect(article.bodyText).toMatch(/Makani/);
    expect(article.body[0]).toMatchObject({ type: 'paragraph', children: [{ type: 'text', text: expect.any(String) }] });
  });

  it('searches series, people and articles ignoring case and accents', async () => {
    const { body } = await query(
      '{ search(query: "RENEE", first: 20) { totalCount nodes { __typename ... on Series { slug } ... on Article { slug } ... on Person { slug } } } }'
    );
    expect(body.data.search.nodes).toContainEqual({ __typename: 'Series', slug: 'ballard' });
    expect(body.data.search.nodes).toContainEqual({ __typename: 'Article', slug: 'ballard-rosanna-arquette-staffel-2' });
    const people = await query('{ search(query: "arquette") { nodes { __typename ... on Person { name } } } }');
    expect(people.body.data.search.nodes.slice(0, 2)).toEqual([
      { __typename: 'Person', name: 'Patricia Arquette' },
      { __typename: 'Person', name: 'Rosanna Arquette' },
    ]);
  });

  it('reads translations along the locale chain: English where it exists, German otherwise', async () => {
    const { body } = await query(`{
      series(slug: "ballard", locale: EN) { locale synopsis cast(first: 1) { nodes { person { name } } } news(first: 1) { nodes { locale headline } } }
    }`);
    expect(body.data.series).toMatchObject({
      locale: 'EN',
      synopsis: expect.stringMatching(/^Facing discipline/),
      cast: { nodes: [{ person: { name: 'Maggie Q' } }] },
    });
    expect(body.data.series.news.nodes[0]).toMatchObject({ locale: 'DE', headline: expect.stringMatching(/Rosanna Arquette/) });
  });
});
