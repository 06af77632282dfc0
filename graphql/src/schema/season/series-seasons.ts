import type { SeriesEntity } from '../../../../types/domain';
import type { GraphQLContext } from '../../context';

/** A series' seasons in order of their number. */
export const seasonsOf = async ({ loaders }: GraphQLContext, series: SeriesEntity) =>
  [...(await loaders.in(series).seasonsBySeries.load(series.rowId))].sort((a, b) => a.number - b.number);
