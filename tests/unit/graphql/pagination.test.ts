import { BadUserInputError } from '../../../graphql/src/errors';
import { connectionResolvers, decodeCursor, encodeCursor, pageOf, pageWindow } from '../../../graphql/src/pagination';

const ctx = { settings: { maxPageSize: 100 } };

describe('pagination', () => {
  it('round-trips cursors and rejects anything it did not issue', () => {
    expect(decodeCursor(encodeCursor(41))).toBe(41);
    for (const bad of ['', 'not-a-cursor', Buffer.from('offset:-1').toString('base64url'), Buffer.from('offset:1e3').toString('base64url')]) {
      expect(() => decodeCursor(bad)).toThrow(BadUserInputError);
    }
  });

  it('reads the window after a cursor and rejects page sizes over the maximum', () => {
    expect(pageWindow(ctx, { first: 5, after: encodeCursor(9) })).toEqual({ offset: 10, first: 5 });
    expect(pageWindow(ctx, {}, 7)).toEqual({ offset: 0, first: 7 });
    expect(pageWindow(ctx, { first: 100 })).toEqual({ offset: 0, first: 100 });
    expect(() => pageWindow(ctx, { first: 101 })).toThrow(/Invalid argument "first": must be between 0 and 100/);
    expect(() => pageWindow({ settings: { maxPageSize: 20 } }, { first: 21 })).toThrow(/between 0 and 20, got 21/);
    expect(() => pageWindow(ctx, { first: -1 })).toThrow(BadUserInputError);
  });

  it('builds edges, page info and a lazily counted total', async () => {
    const page = pageOf(['a', 'b', 'c', 'd', 'e'], { offset: 1, first: 2 });
    const resolvers = connectionResolvers<string>();
    expect(resolvers.nodes(page)).toEqual(['b', 'c']);
    expect(resolvers.edges(page).map((edge) => decodeCursor(edge.cursor))).toEqual([1, 2]);
    expect(resolvers.pageInfo(page)).toEqual({ hasNextPage: true, hasPreviousPage: true, startCursor: encodeCursor(1), endCursor: encodeCursor(2) });
    await expect(resolvers.totalCount(page)).resolves.toBe(5);
  });
});
