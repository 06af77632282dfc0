import type { ViewerResolvers } from '../../../../../types/generated/resolvers-types.generated';
import { feedPage } from '../../../readers/feed';
import { followPage } from '../../../readers/follows';

// The parent is always the request's own viewer (Query.viewer is its only source).
export const Viewer: Pick<ViewerResolvers, 'confirmed' | 'displayName' | 'email' | 'feed' | 'follows'> = {
  email: async (viewer, _, ctx) => (await ctx.readerLoaders.viewerEmail.load(viewer.id)) ?? '',
  follows: (viewer, args, ctx) => followPage(ctx, viewer, args),
  feed: (viewer, args, ctx) => feedPage(ctx, viewer, args),
};
