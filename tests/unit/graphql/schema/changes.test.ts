import type { ChangeRecord } from '../../../../types/domain/changes';
import { BadUserInputError } from '../../../../graphql/src/errors';
import { decodeCursor, encodeCursor } from '../../../../graphql/src/pagination';
import { changeCursor, changePage, fromChangeType, toChangeType } from '../../../../graphql/src/schema/changes/change-page';
import { ChangeConnection } from '../../../../graphql/src/schema/changes/resolvers/ChangeConnection';
import type { ChangeFeed, ChangeFilter } from '../../../../graphql/src/store/changes';

const record = (sequence: number): ChangeRecord => ({
  sequence,
  type: 'status-event',
  documentId: `d${sequence}`,
  slug: null,
  locale: null,
  kind: 'published',
  occurredAt: '2026-01-01T00:00:00.000Z',
});

/** A feed over sequence numbers 1..n that records what it was asked. */
const feedOf = (n: number) => {
  const asked: unknown[] = [];
  const feed = {
    page: async (filter: ChangeFilter, after: number, limit: number) => {
      asked.push({ filter, after, limit });
      return Array.from({ length: n }, (_, i) => record(i + 1))
        .filter(({ sequence }) => sequence > after)
        .slice(0, limit);
    },
    count: async () => n,
  } as ChangeFeed;
  return { feed, asked };
};

const resolve = <K extends keyof typeof ChangeConnection>(field: K, page: unknown) => (ChangeConnection[field] as unknown as (parent: unknown) => any)(page);

describe('the change feed page', () => {
  it('cursors are sequence numbers, opaque and not interchangeable with list cursors', () => {
    expect(changeCursor.decode(changeCursor.encode(42))).toBe(42);
    expect(() => changeCursor.decode(encodeCursor(42))).toThrow(BadUserInputError);
    expect(() => decodeCursor(changeCursor.encode(42))).toThrow(BadUserInputError);
    expect(() => changeCursor.decode('not-a-cursor')).toThrow(/Invalid argument "after"/);
  });

  it('reads one ahead to know whether more follow, and continues after the cursor it handed out', async () => {
    const { feed, asked } = feedOf(5);
    const first = await changePage(feed, { types: ['season'] }, 0, 2);
    expect(asked).toEqual([{ filter: { types: ['season'] }, after: 0, limit: 3 }]);
    expect(resolve('nodes', first).map(({ sequence }: ChangeRecord) => sequence)).toEqual([1, 2]);
    const info = resolve('pageInfo', first);
    expect(info).toMatchObject({ hasNextPage: true, hasPreviousPage: false });

    const last = await changePage(feed, {}, changeCursor.decode(info.endCursor), 10);
    expect(resolve('edges', last).map(({ cursor }: { cursor: string }) => changeCursor.decode(cursor))).toEqual([3, 4, 5]);
    expect(resolve('pageInfo', last)).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    await expect(resolve('totalCount', last)).resolves.toBe(5);
  });

  it('an empty page has no end cursor: the consumer keeps the one it has', async () => {
    const { feed } = feedOf(2);
    const empty = await changePage(feed, {}, 2, 10);
    expect(resolve('pageInfo', empty)).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null });
  });

  it('maps stored type names to the enum and back', () => {
    expect(toChangeType('status-event')).toBe('STATUS_EVENT');
    expect(fromChangeType('STATUS_EVENT')).toBe('status-event');
    expect(fromChangeType('SERIES')).toBe('series');
  });
});
