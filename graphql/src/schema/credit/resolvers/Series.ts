import type { SeriesResolvers } from '../../../../../types/generated/resolvers-types.generated';
import { pageOf, pageWindow } from '../../../pagination';
import { seriesCreditGroups } from '../credit-groups';

export const Series: Pick<SeriesResolvers, 'cast' | 'crew' | '__isTypeOf'> = {
  cast: async (series, { season, first, after }, ctx) => pageOf(await seriesCreditGroups(ctx, series, 'CAST', season), pageWindow(ctx, { first, after }, 50)),
  crew: async (series, { season, first, after }, ctx) => pageOf(await seriesCreditGroups(ctx, series, 'CREW', season), pageWindow(ctx, { first, after }, 50)),
};
