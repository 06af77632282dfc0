import { resolveSettings, SETTINGS, validateSettings } from '../../../plugin/server/src/config/settings';

describe('plugin settings', () => {
  test('every setting has a default outside and inside production, taken from its environment variable', () => {
    const development = resolveSettings({});
    const production = resolveSettings({ NODE_ENV: 'production' });
    expect(development).toMatchObject({ demoContent: true, graphql: { introspection: true, rateLimit: { points: 0 }, path: '/graphql' } });
    expect(production).toMatchObject({ demoContent: false, graphql: { introspection: false, rateLimit: { points: 600 } } });
    expect(resolveSettings({ SHOWRUNNER_GRAPHQL_MAX_DEPTH: '7', SHOWRUNNER_DEMO_CONTENT: 'off', REDIS_URL: 'redis://127.0.0.1:6379' })).toMatchObject({
      demoContent: false,
      redisUrl: 'redis://127.0.0.1:6379',
      graphql: { maxDepth: 7 },
    });
  });

  test('config/plugins.ts values win over the environment', () => {
    const settings = resolveSettings({ SHOWRUNNER_MAX_PAGE_SIZE: '80' }, { graphql: { maxPageSize: 50 }, preview: { url: 'https://site.test/preview' } });
    expect(settings.graphql.maxPageSize).toBe(50);
    expect(settings.preview.url).toBe('https://site.test/preview');
  });

  test.each([
    [{ graphql: { maxDepth: 0 } }, /"graphql.maxDepth" must be a number greater than 0, got 0/],
    [{ graphql: { maxDeph: 3 } }, /unknown setting "graphql.maxDeph"/],
    [{ demoContent: 'sometimes' }, /"demoContent" must be true or false, got "sometimes" \(its default comes from SHOWRUNNER_DEMO_CONTENT\)/],
    [{ graphql: { path: 'graphql' } }, /"graphql.path" must be a URL path/],
    [{ redisUrl: 'not a url' }, /"redisUrl" must be a URL/],
    [{ graphql: { rateLimit: { points: 1.5 } } }, /"graphql.rateLimit.points" must be a whole number/],
  ])('refuses %j naming the key', (overrides, message) => {
    expect(() => resolveSettings({}, overrides)).toThrow(message);
  });

  test('a bad environment value is named with its variable', () => {
    expect(() => resolveSettings({ SHOWRUNNER_GRAPHQL_MAX_COST: 'lots' })).toThrow(
      /"graphql.maxCost" must be a number greater than 0, got "lots" \(its default comes from SHOWRUNNER_GRAPHQL_MAX_COST\)/
    );
  });

  test('every key is unique and every variable is named once', () => {
    expect(new Set(SETTINGS.map((s) => s.key)).size).toBe(SETTINGS.length);
    expect(new Set(SETTINGS.map((s) => s.env)).size).toBe(SETTINGS.length);
    expect(() => validateSettings(undefined)).toThrow(/"demoContent"/);
  });
});
