import { createSqliteDatabase, type TestDatabase } from '../../support/databases';
import { startServer } from '../../support/server';
import { DEV_SECRET_PREFIX, STRAPI_SECRETS } from '../../../plugin/server/src/host/secrets';

/** Start-up must fail with a message naming what is wrong; the launcher rejects with the server's output. */
const startFailure = async (database: TestDatabase, env: Record<string, string>) => {
  const started = await startServer(database, env).then(
    async (server) => {
      await server.stop();
      return null;
    },
    (error: Error) => error.message
  );
  expect(started).not.toBeNull();
  return started!;
};

describe('the plugin configuration at start-up', () => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createSqliteDatabase();
  });
  afterEach(() => database.drop());

  it('refuses generated development secrets in production, naming each setting', async () => {
    const developmentSecrets = Object.fromEntries(STRAPI_SECRETS.map(({ name }) => [name, `${DEV_SECRET_PREFIX}c2VjcmV0LXZhbHVl`]));
    const output = await startFailure(database, { ...developmentSecrets, NODE_ENV: 'production', SHOWRUNNER_DEMO_CONTENT: 'off' });
    expect(output).toMatch(/Refusing to start in production/);
    for (const { name } of STRAPI_SECRETS) expect(output).toContain(`${name} is a generated development secret`);
  });

  it('refuses a bad setting, naming its key and the variable it came from', async () => {
    const output = await startFailure(database, { SHOWRUNNER_GRAPHQL_MAX_DEPTH: 'deep' });
    expect(output).toContain('Error regarding showrunner config');
    expect(output).toContain('"graphql.maxDepth" must be a number greater than 0, got "deep" (its default comes from SHOWRUNNER_GRAPHQL_MAX_DEPTH)');
  });

  it('starts in production with real secrets and serves the API without the demo content', async () => {
    const server = await startServer(database, { NODE_ENV: 'production' });
    try {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ series(slug: "ballard") { title } }' }),
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ data: { series: null } });
    } finally {
      await server.stop();
    }
  });
});
