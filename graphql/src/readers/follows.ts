import type { FollowPage, FollowValue, PersonEntity, SeriesEntity } from '../../../types/domain';
import type { GraphQLContext } from '../context';
import { pageWindow, toPage } from '../pagination';
import type { Viewer } from './ports';
import { READER_DATA_UID } from './uids';
import { spendAs } from './guard';
import type { FollowTarget, UserError } from './ports';

/** The viewer's follows, newest first (offset cursors: a reader's own list changes only by their hand). */
export const followPage = async (ctx: GraphQLContext, viewer: Viewer, args: { first?: number | null; after?: string | null }): Promise<FollowPage> => {
  const window = pageWindow(ctx, args, 20);
  const { rows, total } = await ctx.readerLoaders.data.follows(viewer.id, window.offset, window.first + 1);
  const loaders = ctx.loaders.locale(null);
  const nodes = await Promise.all(
    rows.map(({ kind, documentId }) => (kind === 'series' ? loaders.seriesByDocumentId.load(documentId) : loaders.personByDocumentId.load(documentId)))
  );
  const items = rows.flatMap(({ kind, followedAt }, index): FollowValue[] => {
    const node = nodes[index];
    if (!node) return [];
    return [
      { followedAt, node: kind === 'series' ? { ...(node as SeriesEntity), __typename: 'Series' } : { ...(node as PersonEntity), __typename: 'Person' } },
    ];
  });
  return toPage(items, window, async () => total ?? (await ctx.readerLoaders.data.follows(viewer.id, 0, 1)).total ?? 0);
};

/** followSeries, unfollowSeries, followPerson, unfollowPerson: one budget, idempotent, the target in the payload. */
type Followed<K extends FollowTarget['kind']> = K extends 'series' ? SeriesEntity : PersonEntity;

export const changeFollow = async <K extends FollowTarget['kind']>(
  ctx: GraphQLContext,
  operation: 'follow' | 'unfollow',
  target: { kind: K; slug: string }
): Promise<{ node: Followed<K> | null; userErrors: UserError[] }> => {
  const viewer = await spendAs(ctx, 'follow');
  const outcome = await ctx.readers[operation](viewer, target);
  if (!outcome.value) return { node: null, userErrors: outcome.userErrors };
  const { documentId } = outcome.value;
  ctx.changed(READER_DATA_UID.follow);
  ctx.readerLoaders.viewerFollows[target.kind].clear(documentId);
  ctx.readerLoaders.followerCount[target.kind].clear(documentId);
  const loaders = ctx.loaders.locale(null);
  const node = await (target.kind === 'series' ? loaders.seriesByDocumentId : loaders.personByDocumentId).load(documentId);
  return { node: node as Followed<K> | null, userErrors: [] };
};
