import type { GraphQLSettings } from '@showrunner/graphql';
import { assertUsableSecret } from '../webhooks/signing';

/**
 * Every setting of the plugin in one table: its key under `config/plugins.ts` →
 * `showrunner: { config }`, the environment variable that gives its default, its kind and
 * default. Defaults, validation and the README's table all come from here.
 */
type Kind = 'boolean' | 'positive' | 'count' | 'text' | 'path' | 'url' | 'endpoints';
type Env = Record<string, string | undefined>;

interface Setting {
  key: string;
  env: string;
  kind: Kind;
  fallback: (production: boolean) => unknown;
  about: string;
}

const HOUR = 60 * 60 * 1000;
const always = (value: unknown) => () => value;
const outsideProduction = (production: boolean) => !production;

export const SETTINGS: Setting[] = [
  {
    key: 'demoContent',
    env: 'SHOWRUNNER_DEMO_CONTENT',
    kind: 'boolean',
    fallback: outsideProduction,
    about: 'load the Ballard demo content into an empty database on start (on outside production)',
  },
  {
    key: 'redisUrl',
    env: 'REDIS_URL',
    kind: 'url',
    fallback: always(null),
    about: 'share rate limits (API, log-ins, reader budgets) and response-cache invalidation across instances, e.g. `redis://127.0.0.1:6379`',
  },
  { key: 'graphql.path', env: 'SHOWRUNNER_GRAPHQL_PATH', kind: 'path', fallback: always('/graphql'), about: 'where the GraphQL API answers' },
  {
    key: 'graphql.introspection',
    env: 'SHOWRUNNER_GRAPHQL_INTROSPECTION',
    kind: 'boolean',
    fallback: outsideProduction,
    about: 'allow introspection and the query page (on outside production)',
  },
  {
    key: 'graphql.exposeSqlCount',
    env: 'SHOWRUNNER_EXPOSE_SQL_COUNT',
    kind: 'boolean',
    fallback: always(false),
    about: 'add `extensions.sqlStatements` to responses (tests, benchmark; ignored in production)',
  },
  {
    key: 'graphql.compiledExecution',
    env: 'SHOWRUNNER_GRAPHQL_COMPILED_EXECUTION',
    kind: 'boolean',
    fallback: always(true),
    about: 'execute operations from plans compiled once per document (graphql-jit) instead of graphql-js interpreting each request',
  },
  { key: 'graphql.maxPageSize', env: 'SHOWRUNNER_MAX_PAGE_SIZE', kind: 'positive', fallback: always(100), about: 'largest `first` a list accepts' },
  { key: 'graphql.maxDepth', env: 'SHOWRUNNER_GRAPHQL_MAX_DEPTH', kind: 'positive', fallback: always(10), about: 'deepest selection a query may have' },
  {
    key: 'graphql.maxCost',
    env: 'SHOWRUNNER_GRAPHQL_MAX_COST',
    kind: 'positive',
    fallback: always(20_000),
    about: "largest query cost (graphql-armor's cost model; the full Ballard page costs about 5,300)",
  },
  { key: 'graphql.maxAliases', env: 'SHOWRUNNER_GRAPHQL_MAX_ALIASES', kind: 'positive', fallback: always(15), about: 'aliases per operation' },
  { key: 'graphql.maxDirectives', env: 'SHOWRUNNER_GRAPHQL_MAX_DIRECTIVES', kind: 'positive', fallback: always(20), about: 'directives per operation' },
  { key: 'graphql.maxTokens', env: 'SHOWRUNNER_GRAPHQL_MAX_TOKENS', kind: 'positive', fallback: always(2000), about: 'tokens per document (parser limit)' },
  { key: 'graphql.maxBodyBytes', env: 'SHOWRUNNER_GRAPHQL_MAX_BODY_BYTES', kind: 'positive', fallback: always(100_000), about: 'largest request body' },
  {
    key: 'graphql.timeoutMs',
    env: 'SHOWRUNNER_GRAPHQL_TIMEOUT_MS',
    kind: 'positive',
    fallback: always(10_000),
    about: 'a request taking longer is answered 503 `TIMEOUT`',
  },
  {
    key: 'graphql.rateLimit.points',
    env: 'SHOWRUNNER_RATE_LIMIT',
    kind: 'count',
    fallback: (production) => (production ? 600 : 0),
    about: 'requests per client IP and window on the API; `0` turns it off (600 in production, off otherwise)',
  },
  {
    key: 'graphql.rateLimit.windowSeconds',
    env: 'SHOWRUNNER_RATE_LIMIT_WINDOW',
    kind: 'positive',
    fallback: always(60),
    about: 'the rate limit window, in seconds',
  },
  {
    key: 'graphql.responseCache.enabled',
    env: 'SHOWRUNNER_RESPONSE_CACHE',
    kind: 'boolean',
    fallback: always(true),
    about: 'cache public query responses in process, dropped when content of a type they read changes',
  },
  { key: 'graphql.responseCache.maxEntries', env: 'SHOWRUNNER_RESPONSE_CACHE_ENTRIES', kind: 'count', fallback: always(1000), about: 'size of that cache' },
  {
    key: 'graphql.responseCache.ttlMs',
    env: 'SHOWRUNNER_RESPONSE_CACHE_TTL_MS',
    kind: 'positive',
    fallback: always(300_000),
    about: 'lifetime of a cached response',
  },
  {
    key: 'graphql.responseCache.maxAge',
    env: 'SHOWRUNNER_CACHE_MAX_AGE',
    kind: 'count',
    fallback: always(30),
    about: '`Cache-Control: public, max-age` of cacheable responses, in seconds',
  },
  {
    key: 'webhooks.endpoints',
    env: 'SHOWRUNNER_WEBHOOKS',
    kind: 'endpoints',
    fallback: always([]),
    about: 'endpoints `{url, secret, events}` declared in configuration (the variable holds a JSON list)',
  },
  {
    key: 'webhooks.dispatcher',
    env: 'SHOWRUNNER_WEBHOOKS_DISPATCHER',
    kind: 'boolean',
    fallback: always(true),
    about: '`false`: events still go to the outbox, this process sends nothing',
  },
  {
    key: 'webhooks.allowPrivate',
    env: 'SHOWRUNNER_WEBHOOKS_ALLOW_PRIVATE',
    kind: 'boolean',
    fallback: always(false),
    about: 'allow targets on loopback, private and link-local addresses',
  },
  {
    key: 'webhooks.timeoutMs',
    env: 'SHOWRUNNER_WEBHOOKS_TIMEOUT_MS',
    kind: 'positive',
    fallback: always(10_000),
    about: 'time allowed for one delivery request, answer included',
  },
  {
    key: 'webhooks.pollMs',
    env: 'SHOWRUNNER_WEBHOOKS_POLL_MS',
    kind: 'positive',
    fallback: always(5_000),
    about: "how often the dispatcher looks for due retries and other processes' work",
  },
  {
    key: 'webhooks.backoffBaseMs',
    env: 'SHOWRUNNER_WEBHOOKS_BACKOFF_BASE_MS',
    kind: 'positive',
    fallback: always(30_000),
    about: 'step before the first retry; doubles per attempt (randomized between half and all of it)',
  },
  {
    key: 'webhooks.backoffMaxMs',
    env: 'SHOWRUNNER_WEBHOOKS_BACKOFF_MAX_MS',
    kind: 'positive',
    fallback: always(4 * HOUR),
    about: 'longest step between two attempts (4 h)',
  },
  {
    key: 'webhooks.maxAttempts',
    env: 'SHOWRUNNER_WEBHOOKS_MAX_ATTEMPTS',
    kind: 'positive',
    fallback: always(15),
    about: 'attempts before a delivery is marked failed',
  },
  {
    key: 'webhooks.concurrency',
    env: 'SHOWRUNNER_WEBHOOKS_CONCURRENCY',
    kind: 'positive',
    fallback: always(4),
    about: 'requests one process sends at the same time',
  },
  {
    key: 'notifications.enabled',
    env: 'SHOWRUNNER_NOTIFICATIONS',
    kind: 'boolean',
    fallback: always(true),
    about: 'plan notifications from the outbox and deliver them (in-app, push, e-mail); `false`: events stay unplanned until it is on again',
  },
  {
    key: 'notifications.batchSize',
    env: 'SHOWRUNNER_NOTIFICATIONS_BATCH_SIZE',
    kind: 'positive',
    // Big enough for 100,000 followers in well under 10 s, small enough to hold SQLite's one write lock only a fraction of a second.
    fallback: always(2500),
    about: 'followers the planner fans an event out to per transaction',
  },
  {
    key: 'notifications.pollMs',
    env: 'SHOWRUNNER_NOTIFICATIONS_POLL_MS',
    kind: 'positive',
    fallback: always(2000),
    about: 'how often the planner looks for new events and the workers for due push and e-mail deliveries',
  },
  {
    key: 'notifications.concurrency',
    env: 'SHOWRUNNER_NOTIFICATIONS_CONCURRENCY',
    kind: 'positive',
    fallback: always(16),
    about: 'push and e-mail deliveries one process sends at the same time',
  },
  {
    key: 'notifications.backoffBaseMs',
    env: 'SHOWRUNNER_NOTIFICATIONS_BACKOFF_BASE_MS',
    kind: 'positive',
    fallback: always(30_000),
    about: 'step before the first retry of a push or e-mail; doubles per attempt (randomized between half and all of it)',
  },
  {
    key: 'notifications.backoffMaxMs',
    env: 'SHOWRUNNER_NOTIFICATIONS_BACKOFF_MAX_MS',
    kind: 'positive',
    fallback: always(HOUR),
    about: 'longest step between two attempts (1 h)',
  },
  {
    key: 'notifications.giveUpMs',
    env: 'SHOWRUNNER_NOTIFICATIONS_GIVE_UP_MS',
    kind: 'positive',
    fallback: always(24 * HOUR),
    about: 'a push or e-mail still not delivered this long after it came due is marked failed (24 h)',
  },
  {
    key: 'notifications.push.enabled',
    env: 'SHOWRUNNER_PUSH',
    kind: 'boolean',
    fallback: always(true),
    about: 'Web Push: `pushPublicKey`, push subscriptions and sending; needs the VAPID keys in production',
  },
  {
    key: 'notifications.push.vapidPublicKey',
    env: 'SHOWRUNNER_VAPID_PUBLIC_KEY',
    kind: 'text',
    fallback: always(null),
    about: 'VAPID public key (base64url); `npm start` generates a pair into cms/.env in development',
  },
  {
    key: 'notifications.push.vapidPrivateKey',
    env: 'SHOWRUNNER_VAPID_PRIVATE_KEY',
    kind: 'text',
    fallback: always(null),
    about: 'VAPID private key (base64url), e.g. from `npx web-push generate-vapid-keys`',
  },
  {
    key: 'notifications.push.vapidSubject',
    env: 'SHOWRUNNER_VAPID_SUBJECT',
    kind: 'text',
    fallback: always(null),
    about: 'how push services reach the operator: `mailto:` or `https:` URL (required in production when push is on)',
  },
  {
    key: 'notifications.push.ttlSeconds',
    env: 'SHOWRUNNER_PUSH_TTL',
    kind: 'count',
    fallback: always(86_400),
    about: 'how long a push service keeps an undelivered push, in seconds (`TTL` header; 1 day)',
  },
  {
    key: 'notifications.push.allowPrivate',
    env: 'SHOWRUNNER_PUSH_ALLOW_PRIVATE',
    kind: 'boolean',
    fallback: always(false),
    about: 'also accept push endpoints on loopback and private addresses (still https only; for tests)',
  },
  {
    key: 'notifications.push.timeoutMs',
    env: 'SHOWRUNNER_PUSH_TIMEOUT_MS',
    kind: 'positive',
    fallback: always(10_000),
    about: 'time allowed for one request to a push service',
  },
  {
    key: 'uploads.maxBytes',
    env: 'SHOWRUNNER_UPLOAD_MAX_BYTES',
    kind: 'positive',
    fallback: always(10 * 1024 * 1024),
    about: 'largest upload (images only: JPEG, PNG, WebP, GIF, AVIF)',
  },
  {
    key: 'preview.url',
    env: 'SHOWRUNNER_PREVIEW_URL',
    kind: 'url',
    fallback: always(null),
    about: "the frontend's preview route the admin's preview button opens",
  },
  {
    key: 'preview.token',
    env: 'SHOWRUNNER_PREVIEW_TOKEN',
    kind: 'text',
    fallback: always(null),
    about: 'the read-only API token the preview passes to that route',
  },
  {
    key: 'accounts.emailConfirmation',
    env: 'SHOWRUNNER_EMAIL_CONFIRMATION',
    kind: 'boolean',
    fallback: (production) => production,
    about:
      "readers confirm their e-mail address before they can log in and comment; written to users-permissions' advanced settings on every start (on in production)",
  },
  {
    key: 'accounts.resetTokenTtlMs',
    env: 'SHOWRUNNER_RESET_TOKEN_TTL_MS',
    kind: 'positive',
    fallback: always(HOUR),
    about: 'how long a password-reset link works (1 h); it works once',
  },
  {
    key: 'accounts.resetPasswordUrl',
    env: 'SHOWRUNNER_RESET_PASSWORD_URL',
    kind: 'url',
    fallback: always(null),
    about: "the frontend page the reset mail links to, with `?code=…`; none: users-permissions' own setting in the admin",
  },
  {
    key: 'accounts.confirmationRedirectUrl',
    env: 'SHOWRUNNER_EMAIL_CONFIRMATION_REDIRECT_URL',
    kind: 'url',
    fallback: always(null),
    about: "where the confirmation link leads once the address is confirmed; none: users-permissions' own setting",
  },
  {
    key: 'accounts.loginLimit.perAccount',
    env: 'SHOWRUNNER_LOGIN_LIMIT_PER_ACCOUNT',
    kind: 'count',
    fallback: always(10),
    about: 'failed log-ins per account and window, then `429`; `0` turns it off',
  },
  {
    key: 'accounts.loginLimit.perIp',
    env: 'SHOWRUNNER_LOGIN_LIMIT_PER_IP',
    kind: 'count',
    fallback: always(50),
    about: 'failed log-ins per client IP and window, then `429`; `0` turns it off',
  },
  {
    key: 'accounts.loginLimit.windowSeconds',
    env: 'SHOWRUNNER_LOGIN_LIMIT_WINDOW',
    kind: 'positive',
    fallback: always(900),
    about: 'the log-in limit window, in seconds (15 min)',
  },
  {
    key: 'accounts.requestLimit.perIp',
    env: 'SHOWRUNNER_ACCOUNT_REQUEST_LIMIT',
    kind: 'count',
    fallback: always(20),
    about: 'requests per client IP and window to each other account route (registration, password reset, confirmation mail, change password); `0` turns it off',
  },
  {
    key: 'accounts.requestLimit.windowSeconds',
    env: 'SHOWRUNNER_ACCOUNT_REQUEST_LIMIT_WINDOW',
    kind: 'positive',
    fallback: always(900),
    about: 'that window, in seconds (15 min)',
  },
  {
    key: 'email.smtp.host',
    env: 'SMTP_HOST',
    kind: 'text',
    fallback: always(null),
    about: 'the SMTP server for account mails; none outside production: mails are written to the log',
  },
  { key: 'email.smtp.port', env: 'SMTP_PORT', kind: 'positive', fallback: always(587), about: 'its port' },
  { key: 'email.smtp.user', env: 'SMTP_USER', kind: 'text', fallback: always(null), about: 'SMTP user name; none: no authentication' },
  { key: 'email.smtp.pass', env: 'SMTP_PASS', kind: 'text', fallback: always(null), about: 'SMTP password' },
  {
    key: 'email.smtp.secure',
    env: 'SMTP_SECURE',
    kind: 'boolean',
    fallback: always(false),
    about: '`true`: TLS from the first byte (port 465); `false`: STARTTLS when the server offers it',
  },
  {
    key: 'email.from',
    env: 'EMAIL_FROM',
    kind: 'text',
    fallback: always('Showrunner <no-reply@showrunner.invalid>'),
    about: 'sender of account mails, e.g. `Wunschliste <no-reply@example.com>`',
  },
  {
    key: 'readers.commentMaxLength',
    env: 'SHOWRUNNER_COMMENT_MAX_LENGTH',
    kind: 'positive',
    fallback: always(2000),
    about: 'longest reader comment, in characters',
  },
  {
    key: 'readers.limits.commentsPerMinute',
    env: 'SHOWRUNNER_COMMENTS_PER_MINUTE',
    kind: 'count',
    fallback: always(5),
    about: 'comments one reader may post per minute; `0` turns the limit off',
  },
  {
    key: 'readers.limits.commentsPerDay',
    env: 'SHOWRUNNER_COMMENTS_PER_DAY',
    kind: 'count',
    fallback: always(50),
    about: 'comments one reader may post per day',
  },
  {
    key: 'readers.limits.reportsPerHour',
    env: 'SHOWRUNNER_REPORTS_PER_HOUR',
    kind: 'count',
    fallback: always(20),
    about: 'comment reports one reader may send per hour',
  },
  {
    key: 'readers.limits.followsPerMinute',
    env: 'SHOWRUNNER_FOLLOWS_PER_MINUTE',
    kind: 'count',
    fallback: always(60),
    about: 'follows and unfollows one reader may send per minute',
  },
  {
    key: 'readers.autoHideAfterReports',
    env: 'SHOWRUNNER_AUTO_HIDE_AFTER_REPORTS',
    kind: 'count',
    fallback: always(0),
    about: 'hide a comment pending review once it has this many open reports; `0`: never (editors decide)',
  },
  {
    key: 'broadcasts.leadMinutes',
    env: 'SHOWRUNNER_BROADCAST_LEAD_MINUTES',
    kind: 'positive',
    fallback: always(30),
    about: 'how many minutes before a published broadcast starts its `broadcast.upcoming` event goes out (the TV-date reminder)',
  },
  {
    key: 'broadcasts.pollMs',
    env: 'SHOWRUNNER_BROADCAST_POLL_MS',
    kind: 'positive',
    fallback: always(60_000),
    about: 'how often each process looks for broadcasts entering the lead time (1 min)',
  },
  {
    key: 'alerts.confirmUrl',
    env: 'SHOWRUNNER_ALERT_CONFIRM_URL',
    kind: 'url',
    fallback: always(null),
    about: "the frontend page the opt-in mail links to, with `?token=…` (it calls `confirmEmailAlerts`); none: the plugin's own page on `PUBLIC_URL`",
  },
  {
    key: 'alerts.siteUrl',
    env: 'SHOWRUNNER_SITE_URL',
    kind: 'url',
    fallback: always(null),
    about: 'the public site that alert mails link to (their links are site paths such as `/serien/ballard`); none: the paths stay as they are',
  },
  {
    key: 'alerts.confirmTtlMs',
    env: 'SHOWRUNNER_ALERT_CONFIRM_TTL_MS',
    kind: 'positive',
    fallback: always(48 * HOUR),
    about: 'how long the link in an opt-in mail works (48 h); an unconfirmed subscription sends nothing',
  },
  {
    key: 'alerts.consentTextVersion',
    env: 'SHOWRUNNER_ALERT_CONSENT_VERSION',
    kind: 'text',
    fallback: always('tv-termine-1'),
    about: 'the version of the consent text the subscription form shows, stored with each consent (change it when the text changes)',
  },
  {
    key: 'alerts.limits.perAddress',
    env: 'SHOWRUNNER_ALERT_LIMIT_PER_ADDRESS',
    kind: 'count',
    fallback: always(3),
    about: 'opt-in mails one e-mail address may be sent per window, then `RATE_LIMITED`; `0` turns it off',
  },
  {
    key: 'alerts.limits.perIp',
    env: 'SHOWRUNNER_ALERT_LIMIT_PER_IP',
    kind: 'count',
    fallback: always(20),
    about: 'e-mail alert subscriptions and confirmations one client IP may send per window, then `RATE_LIMITED`; `0` turns it off',
  },
  {
    key: 'alerts.limits.windowSeconds',
    env: 'SHOWRUNNER_ALERT_LIMIT_WINDOW',
    kind: 'positive',
    fallback: always(3600),
    about: 'the window of both alert limits, in seconds (1 h)',
  },
];

const TRUE = ['1', 'true', 'on', 'yes'];
const FALSE = ['0', 'false', 'off', 'no'];

/** An environment value in the setting's type; anything unparseable stays a string for the validator to name. */
const fromEnv = (kind: Kind, raw: string): unknown => {
  switch (kind) {
    case 'boolean':
      return TRUE.includes(raw.toLowerCase()) ? true : FALSE.includes(raw.toLowerCase()) ? false : raw;
    case 'positive':
    case 'count':
      return /^\s*\d+(\.\d+)?\s*$/.test(raw) ? Number(raw) : raw;
    case 'endpoints':
      try {
        return JSON.parse(raw);
      } catch {
        return raw;
      }
    default:
      return raw;
  }
};

const setPath = (target: Record<string, any>, key: string, value: unknown) => {
  const parts = key.split('.');
  const last = parts.pop()!;
  let node = target;
  for (const part of parts) node = node[part] ??= {};
  node[last] = value;
};

const getPath = (source: Record<string, any>, key: string) => key.split('.').reduce<any>((node, part) => node?.[part], source);

/** The plugin's default configuration: each setting from its environment variable, else its default. */
export const defaultsFromEnv = (env: Env) => {
  const production = env.NODE_ENV === 'production';
  const config: Record<string, any> = {};
  for (const setting of SETTINGS) {
    const raw = env[setting.env];
    setPath(config, setting.key, raw === undefined || raw === '' ? setting.fallback(production) : fromEnv(setting.kind, raw));
  }
  return config;
};

const validEndpoints = (value: unknown, where: string) => {
  if (!Array.isArray(value)) return `${where} must be a list of {url, secret, events}`;
  for (const [index, entry] of value.entries()) {
    const { url, secret, events } = (entry ?? {}) as Record<string, unknown>;
    const at = `${where}[${index}]`;
    if (typeof url !== 'string' || !/^https?:\/\//.test(url)) return `${at}.url must be an http(s) URL`;
    if (typeof secret !== 'string' || !secret) return `${at}.secret is required`;
    try {
      assertUsableSecret(secret);
    } catch {
      return `${at}.secret must be base64, optionally prefixed with whsec_ (e.g. "whsec_$(openssl rand -base64 32)")`;
    }
    if (events !== undefined && !(Array.isArray(events) && events.every((e) => typeof e === 'string'))) return `${at}.events must be a list of event types`;
  }
  return null;
};

/** Why a value does not fit its setting, or null. */
const problem = (setting: Setting, value: unknown): string | null => {
  const where = `"${setting.key}"`;
  switch (setting.kind) {
    case 'boolean':
      return typeof value === 'boolean' ? null : `${where} must be true or false`;
    case 'positive':
      return typeof value === 'number' && Number.isFinite(value) && value > 0 ? null : `${where} must be a number greater than 0`;
    case 'count':
      return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? null : `${where} must be a whole number, 0 or more`;
    case 'path':
      return typeof value === 'string' && /^\/[\w\-/]*$/.test(value) ? null : `${where} must be a URL path starting with /`;
    case 'url':
      if (value === null) return null;
      try {
        return typeof value === 'string' && new URL(value) ? null : `${where} must be a URL`;
      } catch {
        return `${where} must be a URL`;
      }
    case 'text':
      return value === null || typeof value === 'string' ? null : `${where} must be a string`;
    case 'endpoints':
      return validEndpoints(value, where);
  }
};

const isPlainObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

/** Paths of the values in a config object: a known setting's key, or the deepest key of anything else. */
const leafKeys = (node: Record<string, unknown>, prefix = ''): string[] =>
  Object.entries(node).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return SETTINGS.some((s) => s.key === path) || !isPlainObject(value) ? [path] : leafKeys(value, path);
  });

/** Throws one message listing every bad or unknown key (and the variable it may have come from). */
export const validateSettings = (config: unknown) => {
  const problems: string[] = [];
  for (const key of isPlainObject(config) ? leafKeys(config) : []) {
    if (!SETTINGS.some((s) => s.key === key)) problems.push(`unknown setting "${key}"`);
  }
  for (const setting of SETTINGS) {
    const value = getPath((config ?? {}) as Record<string, any>, setting.key);
    const why = problem(setting, value);
    if (why) problems.push(`${why}, got ${JSON.stringify(value)} (its default comes from ${setting.env})`);
  }
  if (problems.length) throw new Error(`showrunner: ${problems.join('; ')}. See README.md, "Configuration".`);
};

export interface ConfiguredEndpoint {
  url: string;
  secret: string;
  events: string[];
}

export interface ShowrunnerSettings {
  demoContent: boolean;
  redisUrl: string | null;
  /** What the GraphQL library takes, less what the plugin adds itself (production, the shared redisUrl). */
  graphql: Omit<GraphQLSettings, 'production' | 'redisUrl'>;
  webhooks: {
    endpoints: ConfiguredEndpoint[];
    dispatcher: boolean;
    allowPrivate: boolean;
    timeoutMs: number;
    pollMs: number;
    backoffBaseMs: number;
    backoffMaxMs: number;
    maxAttempts: number;
    concurrency: number;
  };
  notifications: {
    enabled: boolean;
    batchSize: number;
    pollMs: number;
    concurrency: number;
    backoffBaseMs: number;
    backoffMaxMs: number;
    giveUpMs: number;
    push: {
      enabled: boolean;
      vapidPublicKey: string | null;
      vapidPrivateKey: string | null;
      vapidSubject: string | null;
      ttlSeconds: number;
      allowPrivate: boolean;
      timeoutMs: number;
    };
  };
  uploads: { maxBytes: number };
  preview: { url: string | null; token: string | null };
  accounts: {
    emailConfirmation: boolean;
    resetTokenTtlMs: number;
    resetPasswordUrl: string | null;
    confirmationRedirectUrl: string | null;
    loginLimit: { perAccount: number; perIp: number; windowSeconds: number };
    requestLimit: { perIp: number; windowSeconds: number };
  };
  email: {
    smtp: { host: string | null; port: number; user: string | null; pass: string | null; secure: boolean };
    from: string | null;
  };
  readers: {
    commentMaxLength: number;
    limits: { commentsPerMinute: number; commentsPerDay: number; reportsPerHour: number; followsPerMinute: number };
    autoHideAfterReports: number;
  };
  broadcasts: { leadMinutes: number; pollMs: number };
  alerts: {
    confirmUrl: string | null;
    siteUrl: string | null;
    confirmTtlMs: number;
    consentTextVersion: string;
    limits: { perAddress: number; perIp: number; windowSeconds: number };
  };
}

/** Defaults from `env`, overridden by `overrides` (as config/plugins.ts would), validated. */
export const resolveSettings = (env: Env, overrides: Record<string, unknown> = {}): ShowrunnerSettings => {
  const config = defaultsFromEnv(env);
  for (const key of leafKeys(overrides)) setPath(config, key, getPath(overrides, key));
  validateSettings(config);
  const settings = config as ShowrunnerSettings;
  settings.webhooks.endpoints = settings.webhooks.endpoints.map(({ url, secret, events }) => ({ url, secret, events: events ?? [] }));
  return settings;
};
