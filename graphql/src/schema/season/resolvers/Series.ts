import type { SeriesResolvers } from '../../../../../types/generated/resolvers-types.generated';
import { seasonsOf } from '../series-seasons';

export const Series: Pick<SeriesResolvers, 'season' | 'seasons' | '__isTypeOf'> = {
  seasons: (series, _, ctx) => seasonsOf(ctx, series),
  season: async (series, { number }, ctx) => (await seasonsOf(ctx, series)).find((season) => season.number === number) ?? null,
};
