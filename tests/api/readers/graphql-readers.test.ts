import jwt from 'jsonwebtoken';
import { getNamedType, isEnumType, isInputObjectType, isNonNullType, isScalarType, type GraphQLInputType, type GraphQLObjectType } from 'graphql';
import { databaseKinds } from '../../support/databases';
import { graphql, type GraphQLResponse } from '../../support/graphql-client';
import { publicSchema } from '../../support/schema-walk';
import { TEST_SECRETS } from '../../support/secrets';
import { startServer, type TestServer } from '../../support/server';
import { apiWorld, type ApiWorld } from '../graphql/harness';
import { accountsApi } from './client';
import { peek } from './peek';

jest.setTimeout(600_000);

/** Per-reader budgets of the second server (same database), small so N and N+1 are cheap. */
const LIMITS = { follows: 4, comments: 3, reports: 2 };

type Reader = { username: string; email: string; password: string; token: string; id: number };

const FEED = `query Feed($after: String) { viewer { feed(first: 5, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { slug publishedAt } } } }`;
const COMMENTS = `query Comments($slug: String!) { article(slug: $slug) { commentCount comments(first: 50) { totalCount nodes {
  id documentId body postedAt authorName removed viewerCanDelete viewerHasReported replyCount
  replies { id body authorName viewerCanDelete viewerHasReported } } } } }`;
const FOLLOW_SERIES = `mutation($slug: String!) { followSeries(input: { series: $slug }) { series { slug viewerFollows followerCount } userErrors { code message field } } }`;
const FOLLOW_PERSON = `mutation($slug: String!) { followPerson(input: { person: $slug }) { person { slug viewerFollows } userErrors { code } } }`;
const CREATE = `mutation($article: String!, $body: String!, $parent: ID) { createComment(input: { article: $article, body: $body, parent: $parent }) {
  comment { id documentId body authorName viewerCanDelete } userErrors { code message field } } }`;
const REPORT = `mutation($comment: ID!) { reportComment(input: { comment: $comment, reason: SPAM, message: "Werbung" }) { reportId comment { viewerHasReported } userErrors { code message field } } }`;
const DELETE = `mutation($comment: ID!) { deleteComment(input: { comment: $comment }) { deletedCommentId userErrors { code } } }`;
const EXPORT = '{ viewerDataExport }';

describe.each(databaseKinds())('readers over GraphQL on %s', (kind) => {
  let world: ApiWorld;
  let limited: TestServer;
  let counter = 0;
  let ballardArticles: string[] = [];

  const gql = (query: string, variables: Record<string, unknown> = {}, token?: string, url = world.server.url) =>
    graphql(url, query, variables, token ? { authorization: `Bearer ${token}` } : {});
  const ok = (response: GraphQLResponse) => {
    expect(response.body.errors).toBeUndefined();
    return response.body.data;
  };

  /** Registers through the REST route, as a frontend does (e-mail confirmation is off here). */
  const register = async (name: string): Promise<Reader> => {
    counter += 1;
    const reader = { username: `${name}-${counter}`, email: `${name}-${counter}@example.com`, password: `Geheim-${name}-${counter}!` };
    const answer = await accountsApi(world.server.url).register(reader, `127.0.0.${10 + counter}`);
    expect(answer.status).toBe(200);
    return { ...reader, token: answer.body.jwt, id: answer.body.user.id };
  };

  beforeAll(async () => {
    world = await apiWorld(kind, { SHOWRUNNER_FOLLOWS_PER_MINUTE: '0', SHOWRUNNER_COMMENTS_PER_MINUTE: '0', SHOWRUNNER_ACCOUNT_REQUEST_LIMIT: '1000' });
    limited = await startServer(world.database, {
      SHOWRUNNER_EXPOSE_SQL_COUNT: 'true',
      SHOWRUNNER_DEMO_CONTENT: 'off',
      SHOWRUNNER_FOLLOWS_PER_MINUTE: String(LIMITS.follows),
      SHOWRUNNER_COMMENTS_PER_MINUTE: String(LIMITS.comments),
      SHOWRUNNER_REPORTS_PER_HOUR: String(LIMITS.reports),
    });
    const { data } = (await gql('{ articles(filter: { series: "ballard" }, first: 50) { nodes { slug } } }')).body;
    ballardArticles = data.articles.nodes.map((node: { slug: string }) => node.slug);
    expect(ballardArticles.length).toBeGreaterThan(1);
  });
  afterAll(async () => {
    await limited?.stop();
    await world?.close();
  });

  it('the journey: two readers follow Ballard, read their feed, comment and answer, report once, and delete an account, all with their JWT', async () => {
    const anna = await register('anna');
    const ben = await register('ben');
    for (const reader of [anna, ben]) {
      for (let i = 0; i < 2; i += 1) {
        expect(ok(await gql(FOLLOW_SERIES, { slug: 'ballard' }, reader.token)).followSeries).toMatchObject({
          series: { slug: 'ballard', viewerFollows: true },
          userErrors: [],
        });
      }
    }
    expect(ok(await gql(FOLLOW_SERIES, { slug: 'gibt-es-nicht' }, anna.token)).followSeries).toMatchObject({
      series: null,
      userErrors: [{ code: 'TARGET_NOT_FOUND' }],
    });
    expect(ok(await gql('{ series(slug: "ballard") { followerCount } }', {}, anna.token)).series.followerCount).toBeGreaterThanOrEqual(2);

    const viewer = ok(
      await gql(
        '{ viewer { displayName email confirmed follows { totalCount nodes { followedAt node { __typename ... on Series { slug } } } } } }',
        {},
        anna.token
      )
    ).viewer;
    expect(viewer).toMatchObject({
      displayName: anna.username,
      email: anna.email,
      follows: { totalCount: 1, nodes: [{ node: { __typename: 'Series', slug: 'ballard' } }] },
    });
    expect(Date.parse(viewer.follows.nodes[0].followedAt)).not.toBeNaN();

    // The feed: Ballard's published articles, newest first, each once (also when a followed person is tagged on them), paged by keyset.
    const people = ok(await gql(`{ article(slug: "${ballardArticles[0]}") { people { slug } } }`)).article.people;
    if (people[0]) ok(await gql(FOLLOW_PERSON, { slug: people[0].slug }, anna.token));
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const feed: any = ok(await gql(FEED, { after }, anna.token)).viewer.feed;
      total = feed.totalCount;
      seen.push(...feed.nodes.map((node: { slug: string }) => node.slug));
      const times = feed.nodes.map((node: { publishedAt: string }) => Date.parse(node.publishedAt));
      expect(times).toEqual([...times].sort((a, b) => b - a));
      after = feed.pageInfo.hasNextPage ? feed.pageInfo.endCursor : null;
    } while (after);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(total);
    expect(new Set(seen)).toEqual(new Set(ballardArticles));
    expect(seen).not.toContain('entwurf-ballard-staffel-3');

    // Comments: Anna writes, Ben answers; names only, never an address; plain text stays text.
    const article = ballardArticles[0];
    const before = ok(await gql(COMMENTS, { slug: article })).article;
    const first = ok(await gql(CREATE, { article, body: 'Endlich! <b>Staffel 2</b>' }, anna.token)).createComment;
    expect(first).toMatchObject({ comment: { body: 'Endlich! <b>Staffel 2</b>', authorName: anna.username, viewerCanDelete: true }, userErrors: [] });
    const reply = ok(await gql(CREATE, { article, body: 'Sehe ich auch so.', parent: first.comment.id }, ben.token)).createComment;
    expect(reply.userErrors).toEqual([]);
    const after1 = ok(await gql(COMMENTS, { slug: article }, ben.token)).article;
    expect(after1.commentCount).toBe(before.commentCount + 2);
    const annas = after1.comments.nodes.find((node: { id: string }) => node.id === first.comment.id);
    expect(annas).toMatchObject({ authorName: anna.username, viewerCanDelete: false, viewerHasReported: false, replyCount: 1 });
    expect(annas.replies).toEqual([expect.objectContaining({ body: 'Sehe ich auch so.', authorName: ben.username, viewerCanDelete: true })]);
    expect(JSON.stringify(after1)).not.toMatch(/@example\.com/);

    // Reporting: once; a second report is a userError; one's own comment cannot be reported.
    expect(ok(await gql(REPORT, { comment: first.comment.id }, ben.token)).reportComment).toMatchObject({
      reportId: expect.any(String),
      comment: { viewerHasReported: true },
      userErrors: [],
    });
    expect(ok(await gql(REPORT, { comment: first.comment.id }, ben.token)).reportComment).toMatchObject({
      reportId: null,
      userErrors: [{ code: 'ALREADY_REPORTED', field: ['input', 'comment'] }],
    });
    expect(ok(await gql(REPORT, { comment: first.comment.id }, anna.token)).reportComment.userErrors).toMatchObject([{ code: 'OWN_COMMENT' }]);
    expect(ok(await gql(DELETE, { comment: first.comment.id }, ben.token)).deleteComment).toMatchObject({
      deletedCommentId: null,
      userErrors: [{ code: 'NOT_COMMENT_AUTHOR' }],
    });

    // The export holds what is stored about the reader, nothing about the other.
    const exported = ok(await gql(EXPORT, {}, ben.token)).viewerDataExport;
    expect(exported.account).toMatchObject({ username: ben.username, email: ben.email });
    expect(exported.follows).toEqual([expect.objectContaining({ kind: 'series', slug: 'ballard' })]);
    expect(exported.reports).toEqual([expect.objectContaining({ reason: 'SPAM', status: 'open' })]);
    expect(JSON.stringify(exported)).not.toContain(anna.email);

    // Anna withdraws her comment: a tombstone keeps Ben's answer in place.
    expect(ok(await gql(DELETE, { comment: first.comment.id }, anna.token)).deleteComment).toEqual({ deletedCommentId: first.comment.id, userErrors: [] });
    const tomb = ok(await gql(COMMENTS, { slug: article })).article.comments.nodes.find((node: { id: string }) => node.id === first.comment.id);
    expect(tomb).toMatchObject({ removed: true, body: 'Vom Verfasser gelöscht', authorName: null, replyCount: 1 });

    // Ben deletes his account: wrong password first, then for real; his token is refused afterwards, his answer stays under "gelöschtes Mitglied".
    const remove = `mutation($password: String!) { deleteViewerAccount(input: { password: $password }) { deleted userErrors { code field } } }`;
    expect(ok(await gql(remove, { password: 'falsch' }, ben.token)).deleteViewerAccount).toEqual({
      deleted: null,
      userErrors: [{ code: 'WRONG_PASSWORD', field: ['input', 'password'] }],
    });
    expect(ok(await gql(remove, { password: ben.password }, ben.token)).deleteViewerAccount).toEqual({ deleted: true, userErrors: [] });
    const gone = await gql('{ viewer { displayName } }', {}, ben.token);
    expect(gone.status).toBe(401);
    expect(gone.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const answer = ok(await gql(COMMENTS, { slug: article })).article.comments.nodes.find((node: { id: string }) => node.id === first.comment.id).replies[0];
    expect(answer).toMatchObject({ body: 'Sehe ich auch so.', authorName: 'gelöschtes Mitglied' });
  });

  it("shows the seed comments with their authors' names, oldest first, and none for a draft in preview", async () => {
    const { data } = (await gql('{ articles(first: 100) { nodes { slug commentCount comments { nodes { authorName body } } } } }')).body;
    const commented = data.articles.nodes.filter((node: { commentCount: number }) => node.commentCount > 0);
    expect(commented.length).toBeGreaterThan(0);
    const names = commented.flatMap((node: any) => node.comments.nodes.map((comment: { authorName: string }) => comment.authorName));
    expect(names).toEqual(expect.arrayContaining(['AndKai']));
    const draft = await graphql(
      world.server.url,
      '{ article(slug: "entwurf-ballard-staffel-3") { commentCount comments { totalCount } } }',
      {},
      { 'x-preview-token': world.previewToken }
    );
    expect(draft.body.data.article).toEqual({ commentCount: 0, comments: { totalCount: 0 } });
  });

  it('viewer.feed and viewer.follows are one batch of statements whatever the number of follows (1 and 200)', async () => {
    const reader = await register('vielleser');
    const rows = await peek(world.database, 'select distinct slug from showrunner_person where published_at is not null order by slug');
    const slugs = rows.map((row) => row.slug as string);
    expect(slugs.length).toBeGreaterThanOrEqual(200);
    const measure = async () => {
      const feed = await gql(
        '{ viewer { feed(first: 10) { totalCount nodes { slug headline } } follows(first: 10) { totalCount nodes { followedAt node { ... on Person { name } } } } } }',
        {},
        reader.token
      );
      ok(feed);
      return feed.body.extensions?.sqlStatements as number;
    };
    ok(await gql(FOLLOW_SERIES, { slug: 'ballard' }, reader.token));
    const one = await measure();
    for (let i = 0; i < 199; i += 10) {
      const batch = slugs.slice(i, Math.min(i + 10, 199));
      const document = `mutation { ${batch.map((slug, index) => `f${index}: followPerson(input: { person: "${slug}" }) { userErrors { code } }`).join(' ')} }`;
      // The server's alias limit is the default (15): ten per request.
      ok(await gql(document, {}, reader.token));
    }
    expect(ok(await gql('{ viewer { follows { totalCount } } }', {}, reader.token)).viewer.follows.totalCount).toBe(200);
    const many = await measure();
    expect(typeof one).toBe('number');
    expect(many).toBe(one);
  });

  it('Article.comments costs the same statements for an article with one comment and one with many', async () => {
    const writer = await register('vielschreiber');
    const [few, lots] = ballardArticles.slice(-2);
    const measure = async (slug: string) => {
      const response = await gql(COMMENTS, { slug }, writer.token);
      ok(response);
      return response.body.extensions?.sqlStatements as number;
    };
    const own = ok(await gql(CREATE, { article: few, body: 'Der erste' }, writer.token)).createComment.comment.id;
    ok(await gql(CREATE, { article: few, body: 'Die erste Antwort', parent: own }, writer.token));
    const baseline = await measure(few);
    const parents: string[] = [];
    for (let i = 0; i < 12; i += 1) parents.push(ok(await gql(CREATE, { article: lots, body: `Kommentar ${i}` }, writer.token)).createComment.comment.id);
    for (const parent of parents.slice(0, 6)) ok(await gql(CREATE, { article: lots, body: 'Antwort', parent }, writer.token));
    const fewNow = await measure(few);
    const lotsNow = await measure(lots);
    expect(ok(await gql(COMMENTS, { slug: lots })).article.comments.totalCount).toBeGreaterThanOrEqual(12);
    expect(lotsNow).toBe(fewNow);
    expect(fewNow).toBe(baseline);
  });

  describe("one reader can neither read nor change another's data (generated from the schema)", () => {
    const schema = publicSchema();
    const mutationFields = Object.values((schema.getMutationType() as GraphQLObjectType).getFields());
    const viewerFields = Object.values((schema.getType('Viewer') as GraphQLObjectType).getFields());

    it(`runs every mutation (${mutationFields.length}) and every viewer field (${viewerFields.length}) as reader A against reader B's data`, async () => {
      const a = await register('angreiferin');
      const b = await register('opfer');
      const article = ballardArticles[1];
      ok(await gql(FOLLOW_SERIES, { slug: 'ballard' }, b.token));
      const bComment = ok(await gql(CREATE, { article, body: 'Bs Kommentar' }, b.token)).createComment.comment;
      const aComment = ok(await gql(CREATE, { article, body: 'As Kommentar' }, a.token)).createComment.comment;
      ok(await gql(REPORT, { comment: aComment.id }, b.token));
      const snapshot = async () => {
        const exported = ok(await gql(EXPORT, {}, b.token)).viewerDataExport;
        const { exportedAt: _at, ...rest } = exported;
        return rest;
      };
      const bBefore = await snapshot();

      // Every mutation, with every ID argument pointed at B's comment and every slug at what B follows; A's password.
      // Input objects are filled field by field (nested ones too), so each call reaches the resolver.
      const scalarValue = (field: string, type: string) => {
        if (type === 'Boolean') return 'true';
        if (type === 'Int') return '1';
        if (type === 'ID') return JSON.stringify(bComment.id);
        const named: Record<string, string> = {
          reason: 'SPAM',
          password: JSON.stringify(a.password),
          article: JSON.stringify(article),
          series: '"ballard"',
          email: JSON.stringify(b.email),
        };
        return named[field] ?? JSON.stringify('x');
      };
      const inputValue = (field: string, type: GraphQLInputType): string => {
        const named = getNamedType(type);
        if (isInputObjectType(named))
          return `{ ${Object.values(named.getFields())
            .map((inner) => `${inner.name}: ${inputValue(inner.name, inner.type)}`)
            .join(', ')} }`;
        if (isEnumType(named)) return named.getValues()[0].name;
        return scalarValue(field, named.name);
      };
      // Mutations meant for anyone: e-mail alerts need no account (double opt-in protects the address).
      const forAnyone = new Set(['subscribeEmailAlerts', 'confirmEmailAlerts']);
      for (const mutation of mutationFields) {
        if (mutation.name === 'deleteViewerAccount') continue; // last, below
        const input = getNamedType(mutation.args[0].type) as any;
        const fields = Object.values(input.getFields()) as any[];
        const literal = fields.map((field) => `${field.name}: ${inputValue(field.name, field.type)}`).join(', ');
        const payload = getNamedType(mutation.type) as GraphQLObjectType;
        const selection = Object.values(payload.getFields())
          .map((field) =>
            isScalarType(getNamedType(field.type)) ? field.name : field.name === 'userErrors' ? 'userErrors { code }' : `${field.name} { __typename }`
          )
          .join(' ');
        // Pointing at B's data is refused as bad input or a userError at most: never a 500, never done.
        const refusedAsInput = (errors: any[] | undefined) => (errors ?? []).map((error) => error.extensions?.code).filter((code) => code !== 'BAD_USER_INPUT');
        const response = await gql(`mutation { ${mutation.name}(input: { ${literal} }) { ${selection} } }`, {}, a.token);
        expect({ mutation: mutation.name, status: response.status, otherErrors: refusedAsInput(response.body.errors) }).toEqual({
          mutation: mutation.name,
          status: 200,
          otherErrors: [],
        });
        // Anonymous: refused, nothing done (except where anyone may ask; B's data is compared below either way).
        const anonymous = await gql(`mutation { ${mutation.name}(input: { ${literal} }) { ${selection} } }`);
        if (forAnyone.has(mutation.name)) {
          expect({ mutation: mutation.name, status: anonymous.status, otherErrors: refusedAsInput(anonymous.body.errors) }).toEqual({
            mutation: mutation.name,
            status: 200,
            otherErrors: [],
          });
        } else {
          expect({ mutation: mutation.name, status: anonymous.status }).toEqual({ mutation: mutation.name, status: 401 });
          expect(anonymous.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
        }
      }
      // Every viewer field with A's token shows only A's data.
      for (const field of viewerFields) {
        const type = getNamedType(field.type);
        const selection = isScalarType(type)
          ? field.name
          : 'totalCount' in (type as GraphQLObjectType).getFields()
            ? `${field.name} { totalCount nodes { __typename } }`
            : `${field.name} { __typename }`;
        const mine = await gql(`{ viewer { ${selection} } }`, {}, a.token);
        expect(JSON.stringify(mine.body)).not.toContain(b.email);
        expect(JSON.stringify(mine.body)).not.toContain(b.username);
        expect(ok(await gql(`{ viewer { ${selection} } }`)).viewer).toBeNull();
      }
      // A followed and unfollowed Ballard in the loop: none of B's follows became A's.
      expect(ok(await gql('{ viewer { follows { totalCount } } }', {}, a.token)).viewer.follows.totalCount).toBe(0);
      const aExport = JSON.stringify(ok(await gql(EXPORT, {}, a.token)).viewerDataExport);
      expect(aExport).not.toContain(b.email);
      expect(aExport).not.toContain('Bs Kommentar');
      const anonymousExport = await gql(EXPORT);
      expect(anonymousExport.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(
        ok(await gql(`mutation { deleteViewerAccount(input: { password: ${JSON.stringify(b.password)} }) { deleted userErrors { code } } }`, {}, a.token))
          .deleteViewerAccount
      ).toMatchObject({
        deleted: null,
        userErrors: [{ code: 'WRONG_PASSWORD' }],
      });

      // B's comment, follows and report are as they were (A's report on it is A's own, and B's comment is still B's).
      const bAfter = await snapshot();
      expect(bAfter.account).toEqual(bBefore.account);
      expect(bAfter.follows).toEqual(bBefore.follows);
      expect(bAfter.reports).toEqual(bBefore.reports);
      expect(bAfter.comments.map((c: any) => [c.documentId, c.body, c.deletedByAuthorAt])).toEqual(
        bBefore.comments.map((c: any) => [c.documentId, c.body, c.deletedByAuthorAt])
      );
      expect(ok(await gql(COMMENTS, { slug: article }, a.token)).article.comments.nodes.find((n: any) => n.documentId === bComment.documentId)).toMatchObject({
        body: 'Bs Kommentar',
        viewerCanDelete: false,
      });
      expect(isNonNullType(mutationFields[0].type)).toBe(false);
    });
  });

  it('refuses expired, tampered and deleted-user tokens with 401 UNAUTHENTICATED', async () => {
    const reader = await register('token');
    const expired = jwt.sign({ id: reader.id, iat: Math.floor(Date.now() / 1000) - 7200, exp: Math.floor(Date.now() / 1000) - 3600 }, TEST_SECRETS.JWT_SECRET);
    const forged = jwt.sign({ id: reader.id }, 'not-the-secret');
    const tampered = `${reader.token.slice(0, -3)}${reader.token.slice(-3) === 'abc' ? 'abd' : 'abc'}`;
    for (const token of [expired, forged, tampered, 'kein-jwt']) {
      const response = await gql('{ viewer { displayName } }', {}, token);
      expect({ status: response.status, code: response.body.errors?.[0].extensions?.code }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
    }
    const bad = await gql(FOLLOW_SERIES, { slug: 'ballard' }, tampered);
    expect(bad.status).toBe(401);
    ok(await gql(`mutation { deleteViewerAccount(input: { password: ${JSON.stringify(reader.password)} }) { deleted } }`, {}, reader.token));
    expect((await gql('{ viewer { displayName } }', {}, reader.token)).status).toBe(401);
  });

  it('keeps viewer answers private: never cached, never served to another client; public answers carry no viewer data', async () => {
    const reader = await register('privat');
    ok(await gql(FOLLOW_SERIES, { slug: 'small' }, reader.token));
    const document = '{ series(slug: "small") { title viewerFollows followerCount } }';
    const anonymous1 = await gql(document);
    const anonymous2 = await gql(document);
    expect(anonymous1.body.data.series).toMatchObject({ viewerFollows: null, followerCount: 1 });
    expect(anonymous1.headers.get('cache-control')).toMatch(/^public/);
    expect(anonymous2.headers.get('x-cache')).toBe('HIT');

    const mine = await gql(document, {}, reader.token);
    expect(mine.body.data.series.viewerFollows).toBe(true);
    expect(mine.headers.get('cache-control')).toBe('private, no-store');
    expect(mine.headers.get('x-cache')).toBeNull();
    const viewer = await gql('{ viewer { email follows { totalCount } } }', {}, reader.token);
    expect(viewer.headers.get('cache-control')).toBe('private, no-store');
    const anonymous3 = await gql(document);
    expect(anonymous3.body.data.series.viewerFollows).toBeNull();
    expect(JSON.stringify(anonymous3.body)).not.toContain(reader.email);
    expect((await gql('{ viewer { email } }')).body.data).toEqual({ viewer: null });

    // Persisted GET: a viewer answer is not stored, the anonymous one never shows the viewer.
    const get = (token?: string) =>
      fetch(`${world.server.url}/graphql?query=${encodeURIComponent('{ viewer { email } series(slug: "small") { viewerFollows } }')}`, {
        headers: { 'apollo-require-preflight': 'true', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      });
    const privateGet = await get(reader.token);
    expect(privateGet.headers.get('cache-control')).toBe('private, no-store');
    expect(await privateGet.json()).toMatchObject({ data: { viewer: { email: reader.email }, series: { viewerFollows: true } } });
    expect(await (await get()).json()).toMatchObject({ data: { viewer: null, series: { viewerFollows: null } } });

    // A follow shows in the public count at once (the cached answer is dropped).
    const other = await register('zweite');
    ok(await gql(FOLLOW_SERIES, { slug: 'small' }, other.token));
    expect((await gql(document)).body.data.series.followerCount).toBe(2);
  });

  it('refuses mutations over GET', async () => {
    const response = await fetch(
      `${world.server.url}/graphql?query=${encodeURIComponent('mutation { followSeries(input: { series: "ballard" }) { userErrors { code } } }')}`,
      {
        headers: { 'apollo-require-preflight': 'true' },
      }
    );
    expect(response.status).toBe(405);
  });

  describe('per-reader limits at N and N+1, counted per mutation field (aliases each spend)', () => {
    const on = (query: string, variables: Record<string, unknown>, token: string) => gql(query, variables, token, limited.url);

    it(`follows: ${LIMITS.follows} a minute`, async () => {
      const reader = await register('follower');
      const aliases = Array.from({ length: LIMITS.follows }, (_, i) => `f${i}: followSeries(input: { series: "ballard" }) { userErrors { code } }`).join(' ');
      expect(ok(await on(`mutation { ${aliases} }`, {}, reader.token))).toBeTruthy();
      const over = await on(FOLLOW_SERIES, { slug: 'ballard' }, reader.token);
      expect(over.status).toBe(429);
      expect(over.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(over.body.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfter: expect.any(Number) });
    });

    it(`comments: ${LIMITS.comments} a minute; aliases in one request spend one each, the rest of the request still answers`, async () => {
      const reader = await register('schreiber');
      const article = ballardArticles[0];
      const aliases = Array.from(
        { length: LIMITS.comments + 1 },
        (_, i) => `c${i}: createComment(input: { article: "${article}", body: "Nummer ${i}" }) { comment { body } userErrors { code } }`
      ).join(' ');
      const response = await on(`mutation { ${aliases} }`, {}, reader.token);
      expect(response.status).toBe(200);
      for (let i = 0; i < LIMITS.comments; i += 1) expect(response.body.data?.[`c${i}`]).toMatchObject({ comment: { body: `Nummer ${i}` }, userErrors: [] });
      expect(response.body.data?.[`c${LIMITS.comments}`]).toBeNull();
      expect(response.body.errors).toEqual([
        expect.objectContaining({ path: [`c${LIMITS.comments}`], extensions: expect.objectContaining({ code: 'RATE_LIMITED' }) }),
      ]);
    });

    it(`reports: ${LIMITS.reports} an hour`, async () => {
      const author = await register('autorin');
      const reporter = await register('melder');
      const ids: string[] = [];
      for (let i = 0; i <= LIMITS.reports; i += 1)
        ids.push(ok(await gql(CREATE, { article: ballardArticles[0], body: `Meldbar ${i}` }, author.token)).createComment.comment.id);
      for (let i = 0; i < LIMITS.reports; i += 1) expect(ok(await on(REPORT, { comment: ids[i] }, reporter.token)).reportComment.userErrors).toEqual([]);
      const over = await on(REPORT, { comment: ids[LIMITS.reports] }, reporter.token);
      expect(over.status).toBe(429);
      expect(over.body.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    });
  });
});
