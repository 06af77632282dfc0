import type { SeriesResolvers } from '../../../../../types/generated/resolvers-types.generated';

export const Series: Pick<SeriesResolvers, 'followerCount' | 'viewerFollows' | '__isTypeOf'> = {
  viewerFollows: (series, _, ctx) => (ctx.viewer ? ctx.readerLoaders.viewerFollows.series.load(series.documentId) : null),
  followerCount: (series, _, ctx) => ctx.readerLoaders.followerCount.series.load(series.documentId),
};
