import type { PageSource } from '../../types/domain/aggregates';
import type { KeysetPage } from '../../types/domain/readers';
import { BadUserInputError } from './errors';
import type { GraphQLSettings } from './settings';

/**
 * Opaque cursors: `<prefix><integer>` in base64url, so clients cannot take them apart; only the
 * canonical spelling of a number this API issued decodes.
 */
export const cursorCodec = (prefix: string) => {
  const encode = (position: number) => Buffer.from(`${prefix}${position}`).toString('base64url');
  const decode = (cursor: string, argument = 'after'): number => {
    const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
    const position = Number(decoded.slice(prefix.length));
    if (!decoded.startsWith(prefix) || !Number.isSafeInteger(position) || position < 0 || encode(position) !== cursor) {
      throw new BadUserInputError(argument, 'not a cursor returned by this API.');
    }
    return position;
  };
  return { encode, decode };
};

/** Cursors of offset-paged lists: today an offset, so clients must not parse them. */
export const { encode: encodeCursor, decode: decodeCursor } = cursorCodec('offset:');

export interface PageWindow {
  offset: number;
  first: number;
}

/** Validates `first`/`after`: the window to read, rejecting sizes over the maximum. */
export const pageWindow = (
  { settings }: { settings: Pick<GraphQLSettings, 'maxPageSize'> },
  { first, after }: { first?: number | null; after?: string | null },
  fallback = 20
): PageWindow => {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 0 || size > settings.maxPageSize) {
    throw new BadUserInputError('first', `must be between 0 and ${settings.maxPageSize}, got ${first}.`);
  }
  return { offset: after ? decodeCursor(after) + 1 : 0, first: size };
};

/** Turns `first + 1` fetched items into one page: the extra item only says there is a next page. */
export const toPage = <T>(fetched: T[], window: PageWindow, count: () => Promise<number>): PageSource<T> => ({
  items: fetched.slice(0, window.first),
  offset: window.offset,
  hasNextPage: fetched.length > window.first,
  count,
});

/** Pages an in-memory list (already small and fully loaded). */
export const pageOf = <T>(all: T[], window: PageWindow): PageSource<T> =>
  toPage(all.slice(window.offset, window.offset + window.first + 1), window, async () => all.length);

/** The resolvers every `XConnection` type shares. */
export const connectionResolvers = <T>() => ({
  edges: (page: PageSource<T>) => page.items.map((node, index) => ({ cursor: encodeCursor(page.offset + index), node })),
  nodes: (page: PageSource<T>) => page.items,
  pageInfo: (page: PageSource<T>) => ({
    hasNextPage: page.hasNextPage,
    hasPreviousPage: page.offset > 0,
    startCursor: page.items.length ? encodeCursor(page.offset) : null,
    endCursor: page.items.length ? encodeCursor(page.offset + page.items.length - 1) : null,
  }),
  totalCount: (page: PageSource<T>) => page.count(),
});

/** The resolvers of a keyset-paged `XConnection` (cursors name an item, not a position): the feed, the inbox. */
export const keysetConnectionResolvers = <T>() => ({
  edges: (page: KeysetPage<T>) => page.items,
  nodes: (page: KeysetPage<T>) => page.items.map(({ node }) => node),
  pageInfo: ({ items, hasNextPage, hasPreviousPage }: KeysetPage<T>) => ({
    hasNextPage,
    hasPreviousPage,
    startCursor: items[0]?.cursor ?? null,
    endCursor: items.at(-1)?.cursor ?? null,
  }),
  totalCount: (page: KeysetPage<T>) => page.count(),
});
