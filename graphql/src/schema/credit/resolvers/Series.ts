import type { SeriesResolvers } from '../../../../../types/generated/resolvers-types.generated';
import { pageWindow } from '../../../pagination';
import { seriesCreditPage } from '../credit-groups';

export const Series: Pick<SeriesResolvers, 'cast' | 'crew' | '__isTypeOf'> = {
  cast: (series, { season, first, after }, ctx) => seriesCreditPage(ctx, series, 'CAST', season, pageWindow(ctx, { first, after }, 50)),
  crew: (series, { season, first, after }, ctx) => seriesCreditPage(ctx, series, 'CREW', season, pageWindow(ctx, { first, after }, 50)),
};
