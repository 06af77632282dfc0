import { matchesFilter, invalidFilterEntries } from '../../../plugin/server/src/webhooks/catalogue';
import { leaseMs } from '../../../plugin/server/src/webhooks/settings';
import { resolveSettings } from '../../../plugin/server/src/config/settings';

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';

describe('webhook settings', () => {
  test('defaults: dispatcher on, no endpoints, private targets refused, retries over about a day', () => {
    const { webhooks } = resolveSettings({});
    expect(webhooks).toMatchObject({ dispatcher: true, endpoints: [], allowPrivate: false, timeoutMs: 10_000, maxAttempts: 15 });
    expect(leaseMs(webhooks)).toBeGreaterThan(webhooks.timeoutMs);
  });

  test('reads endpoints declared in SHOWRUNNER_WEBHOOKS', () => {
    const { webhooks } = resolveSettings({
      SHOWRUNNER_WEBHOOKS: JSON.stringify([{ url: 'https://hooks.example.com/in', secret: SECRET, events: ['article.*'] }]),
      SHOWRUNNER_WEBHOOKS_DISPATCHER: 'off',
    });
    expect(webhooks.endpoints).toEqual([{ url: 'https://hooks.example.com/in', secret: SECRET, events: ['article.*'] }]);
    expect(webhooks.dispatcher).toBe(false);
  });

  test('refuses configuration it cannot use, saying which entry and why', () => {
    expect(() => resolveSettings({ SHOWRUNNER_WEBHOOKS: '{' })).toThrow(/"webhooks.endpoints" must be a list.*SHOWRUNNER_WEBHOOKS/);
    expect(() => resolveSettings({ SHOWRUNNER_WEBHOOKS: '[{"url":"ftp://x","secret":"a"}]' })).toThrow(/\[0\]\.url/);
    expect(() => resolveSettings({ SHOWRUNNER_WEBHOOKS: '[{"url":"https://x","secret":"not base64!"}]' })).toThrow(/\[0\]\.secret must be base64/);
    expect(() => resolveSettings({ SHOWRUNNER_WEBHOOKS_TIMEOUT_MS: '-1' })).toThrow(/"webhooks.timeoutMs".*SHOWRUNNER_WEBHOOKS_TIMEOUT_MS/);
  });
});
describe('event filters', () => {
  test('match exact types, families and everything', () => {
    expect(matchesFilter('article.updated', ['article.*'])).toBe(true);
    expect(matchesFilter('series.renewed', ['article.*'])).toBe(false);
    expect(matchesFilter('series.renewed', ['*'])).toBe(true);
    expect(matchesFilter('series.renewed', [])).toBe(true);
    expect(matchesFilter('series.renewed', null)).toBe(true);
  });

  test('reject entries that name no event', () => {
    expect(invalidFilterEntries(['article.*', 'series.renewed', '*'])).toEqual([]);
    expect(invalidFilterEntries(['article.publish', 'bogus.*'])).toEqual(['article.publish', 'bogus.*']);
    expect(invalidFilterEntries('article.*')).toEqual(['"article.*"']);
  });
});
