import Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

export interface RateLimitOptions {
  /** Requests per window per client IP; 0 turns limiting off. */
  points: number;
  windowSeconds: number;
  redisUrl?: string;
}

/**
 * Per-IP request budget for the public endpoint; shared through Redis when REDIS_URL is set, so
 * several instances behind a load balancer enforce one budget. Returns the seconds to wait when spent.
 */
export const createRateLimiter = ({ points, windowSeconds, redisUrl }: RateLimitOptions) => {
  if (!points) return { consume: async (_key: string) => null as number | null, close: async () => undefined };
  const redis = redisUrl ? new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 }) : null;
  const limiter: RateLimiterAbstract = redis
    ? new RateLimiterRedis({
        storeClient: redis,
        keyPrefix: 'showrunner:graphql',
        points,
        duration: windowSeconds,
        insuranceLimiter: new RateLimiterMemory({ points, duration: windowSeconds }),
      })
    : new RateLimiterMemory({ points, duration: windowSeconds });
  return {
    async consume(key: string): Promise<number | null> {
      try {
        await limiter.consume(key);
        return null;
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        throw rejection;
      }
    },
    close: async () => void redis?.disconnect(),
  };
};
