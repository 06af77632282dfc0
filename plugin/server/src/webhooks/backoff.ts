import type { WebhookSettings } from './settings';

/** A receiver may ask for a pause, but not for one longer than a day: the event would be stale by then. */
export const MAX_RETRY_AFTER_MS = 24 * 60 * 60 * 1000;

/**
 * Exponential backoff with "equal jitter": the delay doubles per attempt up to the cap, and a
 * random half of it spreads retries out, so endpoints recovering from an outage are not hit by
 * every queued delivery in the same second.
 */
export const retryDelay = (
  attempt: number,
  { backoffBaseMs, backoffMaxMs }: Pick<WebhookSettings, 'backoffBaseMs' | 'backoffMaxMs'>,
  random: () => number = Math.random
) => {
  const ceiling = Math.min(backoffMaxMs, backoffBaseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
};

/** Retry-After in delay-seconds or as an HTTP date; null when absent or unreadable. */
export const parseRetryAfter = (header: string | undefined | null, now: number = Date.now()): number | null => {
  if (!header) return null;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Math.min(Number(value) * 1000, MAX_RETRY_AFTER_MS);
  const date = Date.parse(value);
  if (Number.isNaN(date)) return null;
  return Math.min(Math.max(0, date - now), MAX_RETRY_AFTER_MS);
};

/** The receiver's Retry-After wins over our own schedule: it knows when it will be back. */
export const nextAttemptDelay = (
  attempt: number,
  settings: Pick<WebhookSettings, 'backoffBaseMs' | 'backoffMaxMs'>,
  retryAfterMs: number | null,
  random?: () => number
) => (retryAfterMs !== null ? retryAfterMs : retryDelay(attempt, settings, random));
