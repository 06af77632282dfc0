import { MAX_RETRY_AFTER_MS, nextAttemptDelay, parseRetryAfter, retryDelay } from '../../../plugin/server/src/webhooks/backoff';

const settings = { backoffBaseMs: 30_000, backoffMaxMs: 4 * 60 * 60 * 1000 };

describe('retryDelay', () => {
  test('doubles per attempt between half and all of the ceiling', () => {
    expect(retryDelay(1, settings, () => 0)).toBe(15_000);
    expect(retryDelay(1, settings, () => 1)).toBe(30_000);
    expect(retryDelay(3, settings, () => 0)).toBe(60_000);
    expect(retryDelay(3, settings, () => 1)).toBe(120_000);
  });

  test('stops growing at the cap, and the default schedule spans about a day over 15 attempts', () => {
    expect(retryDelay(30, settings, () => 1)).toBe(settings.backoffMaxMs);
    const total = Array.from({ length: 14 }, (_, i) => retryDelay(i + 1, settings, () => 0.5)).reduce((a, b) => a + b, 0);
    expect(total / 3_600_000).toBeGreaterThan(12);
    expect(total / 3_600_000).toBeLessThan(36);
  });

  test('jitter spreads retries of the same attempt number', () => {
    const delays = new Set(Array.from({ length: 20 }, () => retryDelay(5, settings)));
    expect(delays.size).toBeGreaterThan(1);
  });
});

describe('Retry-After', () => {
  const now = Date.parse('2025-10-06T10:00:00Z');

  test('reads delay-seconds and HTTP dates', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Mon, 06 Oct 2025 10:05:00 GMT', now)).toBe(300_000);
    expect(parseRetryAfter('Mon, 06 Oct 2025 09:00:00 GMT', now)).toBe(0);
  });

  test('ignores what it cannot read and caps what is absurd', () => {
    expect(parseRetryAfter(undefined, now)).toBeNull();
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(String(365 * 24 * 3600), now)).toBe(MAX_RETRY_AFTER_MS);
  });

  test("the receiver's Retry-After wins over the schedule", () => {
    expect(nextAttemptDelay(1, settings, 2_000)).toBe(2_000);
    expect(nextAttemptDelay(1, settings, null, () => 1)).toBe(30_000);
  });
});
