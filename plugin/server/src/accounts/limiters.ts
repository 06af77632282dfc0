import Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

export interface Budget {
  /** Units per window; 0 means unlimited. */
  points: number;
  windowSeconds: number;
}

export interface Limiter {
  /** Spends one unit; the seconds to wait when the budget is spent, else null. */
  consume(key: string): Promise<number | null>;
  /** The seconds to wait if the budget is already spent, without spending anything. */
  blocked(key: string): Promise<number | null>;
  /** Gives one unit back (an attempt that turned out not to count). */
  refund(key: string): Promise<void>;
  /** Forgets the key (a successful log-in ends a run of failures). */
  reset(key: string): Promise<void>;
}

const secondsOf = (result: RateLimiterRes) => Math.max(1, Math.ceil(result.msBeforeNext / 1000));

const UNLIMITED: Limiter = { consume: async () => null, blocked: async () => null, refund: async () => undefined, reset: async () => undefined };

/**
 * Budgets for log-ins, account mails and reader actions: in process, or shared through one Redis
 * connection when `redisUrl` is set, so N instances enforce one limit instead of N (the gap in
 * users-permissions' own limiter). Redis unreachable: each process falls back to its own memory.
 */
export const createLimiterStore = (redisUrl: string | null) => {
  const redis = redisUrl ? new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false }) : null;
  redis?.on('error', () => undefined);

  const limiter = (name: string, { points, windowSeconds }: Budget): Limiter => {
    if (!points) return UNLIMITED;
    const options = { keyPrefix: `showrunner:${name}`, points, duration: windowSeconds };
    const store: RateLimiterAbstract = redis
      ? new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: new RateLimiterMemory(options) })
      : new RateLimiterMemory(options);
    return {
      async consume(key) {
        try {
          await store.consume(key);
          return null;
        } catch (rejection) {
          if (rejection instanceof RateLimiterRes) return secondsOf(rejection);
          throw rejection;
        }
      },
      async blocked(key) {
        const state = await store.get(key);
        return state && state.consumedPoints >= points ? secondsOf(state) : null;
      },
      refund: async (key) => void (await store.reward(key, 1)),
      reset: async (key) => void (await store.delete(key)),
    };
  };

  return { limiter, close: async () => void redis?.disconnect() };
};

export type LimiterStore = ReturnType<typeof createLimiterStore>;
