import type { LimitedAction } from '@showrunner/graphql';
import type { ShowrunnerSettings } from '../config/settings';
import type { Limiter, LimiterStore } from '../accounts/limiters';

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Each action's budgets per reader; every one of them must have room. */
export const budgetsFor = ({ limits }: ShowrunnerSettings['readers']): Record<LimitedAction, { name: string; points: number; windowSeconds: number }[]> => ({
  comment: [
    { name: 'comments-minute', points: limits.commentsPerMinute, windowSeconds: MINUTE },
    { name: 'comments-day', points: limits.commentsPerDay, windowSeconds: DAY },
  ],
  report: [{ name: 'reports-hour', points: limits.reportsPerHour, windowSeconds: HOUR }],
  follow: [{ name: 'follows-minute', points: limits.followsPerMinute, windowSeconds: MINUTE }],
});

/**
 * `ReaderPorts.spend`: one unit per mutation field a reader sends (the GraphQL layer calls it per
 * field, so aliases cannot multiply a budget), shared through Redis when it is configured.
 */
export const createBudgets = (store: LimiterStore, settings: ShowrunnerSettings['readers']) => {
  const limiters = Object.fromEntries(
    Object.entries(budgetsFor(settings)).map(([action, budgets]) => [action, budgets.map(({ name, ...budget }) => store.limiter(`reader-${name}`, budget))])
  ) as Record<LimitedAction, Limiter[]>;

  // A refused action costs nothing: units already taken from the other budgets go back.
  return async (readerId: number, action: LimitedAction): Promise<number | null> => {
    const key = String(readerId);
    const spent: Limiter[] = [];
    for (const limiter of limiters[action]) {
      const wait = await limiter.consume(key);
      if (wait !== null) {
        await Promise.all(spent.map((taken) => taken.refund(key)));
        return wait;
      }
      spent.push(limiter);
    }
    return null;
  };
};
