import { createLimiterStore } from '../../../plugin/server/src/accounts/limiters';
import { budgetsFor, createBudgets } from '../../../plugin/server/src/readers/budgets';
import { resolveSettings } from '../../../plugin/server/src/config/settings';

describe('reader budgets (ReaderPorts.spend)', () => {
  const settings = resolveSettings({ SHOWRUNNER_COMMENTS_PER_MINUTE: '2', SHOWRUNNER_COMMENTS_PER_DAY: '3', SHOWRUNNER_FOLLOWS_PER_MINUTE: '0' }).readers;

  it('default to 5 comments a minute and 50 a day, 20 reports an hour, 60 follows a minute', () => {
    const defaults = budgetsFor(resolveSettings({}).readers);
    expect(defaults.comment.map(({ points, windowSeconds }) => [points, windowSeconds])).toEqual([
      [5, 60],
      [50, 86_400],
    ]);
    expect(defaults.report.map(({ points, windowSeconds }) => [points, windowSeconds])).toEqual([[20, 3_600]]);
    expect(defaults.follow.map(({ points, windowSeconds }) => [points, windowSeconds])).toEqual([[60, 60]]);
  });

  it('count per reader and action, answer the seconds to wait, and charge nothing for a refused action', async () => {
    const store = createLimiterStore(null);
    const spend = createBudgets(store, settings);
    expect(await spend(1, 'comment')).toBeNull();
    expect(await spend(1, 'comment')).toBeNull();
    const wait = await spend(1, 'comment');
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(60);
    expect(await spend(2, 'comment')).toBeNull();
    expect(await spend(1, 'report')).toBeNull();
    // 0 turns a budget off.
    for (let n = 0; n < 100; n += 1) expect(await spend(1, 'follow')).toBeNull();
    await store.close();
  });
});
