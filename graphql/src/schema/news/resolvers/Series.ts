import type { SeriesResolvers } from '../../../../../types/generated/resolvers-types.generated';
import { pageWindow } from '../../../pagination';

export const Series: Pick<SeriesResolvers, 'news' | '__isTypeOf'> = {
  news: (series, { first, after }, ctx) => ctx.loaders.in(series).newsBySeries.page(series.rowId, pageWindow(ctx, { first, after }, 10)),
};
