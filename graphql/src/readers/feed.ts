import type { ArticleEntity, FeedPage } from '../../../types/domain';
import type { GraphQLContext } from '../context';
import { BadUserInputError } from '../errors';
import type { Locale } from '../../../types/generated/resolvers-types.generated';
import { pageWindow } from '../pagination';
import type { FeedKey } from '../store/reader-data';
import type { Viewer } from './ports';

/** Feed cursors name the last article seen (its publication time and document), not a position: new articles do not shift a page. */
const encodeFeedCursor = (key: FeedKey) => Buffer.from(JSON.stringify(['feed', ...key])).toString('base64url');

const decodeFeedCursor = (cursor: string): FeedKey => {
  let parsed: any;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  const valid =
    Array.isArray(parsed) && parsed.length === 3 && parsed[0] === 'feed' && ['string', 'number'].includes(typeof parsed[1]) && typeof parsed[2] === 'string';
  if (!valid || encodeFeedCursor([parsed[1], parsed[2]]) !== cursor) throw new BadUserInputError('after', 'not a cursor returned by this API.');
  return [parsed[1], parsed[2]];
};

/** A page of the viewer's feed: one statement for the page and its total, one to read the articles. */
export const feedPage = async (
  ctx: GraphQLContext,
  viewer: Viewer,
  args: { first?: number | null; after?: string | null; locale?: Locale | null }
): Promise<FeedPage> => {
  const { first } = pageWindow(ctx, { first: args.first }, 10);
  const after = args.after ? decodeFeedCursor(args.after) : null;
  const { rows, total } = await ctx.readerLoaders.data.feed(viewer.id, after, first + 1);
  const articles = await ctx.loaders.locale(args.locale).articleByDocumentId.loadMany(rows.slice(0, first).map((row) => row.documentId));
  const items = rows
    .slice(0, first)
    .map((row, index) => ({ cursor: encodeFeedCursor(row.key), node: articles[index] as ArticleEntity | null | Error }))
    .filter((item): item is { cursor: string; node: ArticleEntity } => item.node != null && !(item.node instanceof Error));
  return {
    items,
    hasNextPage: rows.length > first,
    hasPreviousPage: after !== null,
    count: async () => total ?? (await ctx.readerLoaders.data.feed(viewer.id, null, 1)).total ?? 0,
  };
};
