import { assertUsableSecret } from './signing';

/** Everything the webhook machinery reads from the environment, parsed once and validated loudly. */
export interface ConfiguredEndpoint {
  url: string;
  secret: string;
  events: string[];
}

export interface WebhookSettings {
  dispatcher: boolean;
  endpoints: ConfiguredEndpoint[];
  allowPrivate: boolean;
  timeoutMs: number;
  pollMs: number;
  backoffBaseMs: number;
  backoffMaxMs: number;
  maxAttempts: number;
  concurrency: number;
}

type Env = Record<string, string | undefined>;

const HOUR = 60 * 60 * 1000;

const flag = (value: string | undefined, fallback: boolean) => {
  if (value === undefined || value === '') return fallback;
  return ['1', 'true', 'on', 'yes'].includes(value.toLowerCase());
};

const positive = (env: Env, name: string, fallback: number) => {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, not "${raw}".`);
  return value;
};

const parseEndpoints = (raw: string | undefined): ConfiguredEndpoint[] => {
  if (!raw?.trim()) return [];
  let list: unknown;
  try {
    list = JSON.parse(raw);
  } catch {
    throw new Error('SHOWRUNNER_WEBHOOKS must be a JSON list of {"url", "secret", "events"}.');
  }
  if (!Array.isArray(list)) throw new Error('SHOWRUNNER_WEBHOOKS must be a JSON list.');
  return list.map((entry, index) => {
    const { url, secret, events } = (entry ?? {}) as Record<string, unknown>;
    const where = `SHOWRUNNER_WEBHOOKS[${index}]`;
    if (typeof url !== 'string' || !/^https?:\/\//.test(url)) throw new Error(`${where}.url must be an http(s) URL.`);
    if (typeof secret !== 'string' || secret.length === 0) throw new Error(`${where}.secret is required.`);
    try {
      assertUsableSecret(secret);
    } catch {
      throw new Error(`${where}.secret must be base64, optionally prefixed with whsec_ (e.g. "whsec_$(openssl rand -base64 32)").`);
    }
    if (events !== undefined && !(Array.isArray(events) && events.every((e) => typeof e === 'string'))) {
      throw new Error(`${where}.events must be a list of event types.`);
    }
    return { url, secret, events: (events as string[] | undefined) ?? [] };
  });
};

export const readSettings = (env: Env = process.env): WebhookSettings => ({
  dispatcher: flag(env.SHOWRUNNER_WEBHOOKS_DISPATCHER, true),
  endpoints: parseEndpoints(env.SHOWRUNNER_WEBHOOKS),
  allowPrivate: flag(env.SHOWRUNNER_WEBHOOKS_ALLOW_PRIVATE, false),
  timeoutMs: positive(env, 'SHOWRUNNER_WEBHOOKS_TIMEOUT_MS', 10_000),
  pollMs: positive(env, 'SHOWRUNNER_WEBHOOKS_POLL_MS', 5_000),
  backoffBaseMs: positive(env, 'SHOWRUNNER_WEBHOOKS_BACKOFF_BASE_MS', 30_000),
  backoffMaxMs: positive(env, 'SHOWRUNNER_WEBHOOKS_BACKOFF_MAX_MS', 4 * HOUR),
  maxAttempts: Math.floor(positive(env, 'SHOWRUNNER_WEBHOOKS_MAX_ATTEMPTS', 15)),
  concurrency: Math.floor(positive(env, 'SHOWRUNNER_WEBHOOKS_CONCURRENCY', 4)),
});

/**
 * How long a claimed delivery stays reserved for one process. It must outlast the request
 * (timeout) with room to record the outcome; after a crash another process takes over once it expires.
 */
export const leaseMs = (settings: Pick<WebhookSettings, 'timeoutMs'>) => 2 * settings.timeoutMs + 5_000;
