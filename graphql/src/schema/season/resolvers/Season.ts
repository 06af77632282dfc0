import type { SeasonResolvers } from '../../../../../types/generated/resolvers-types.generated';
import { toGlobalId } from '../../node/global-id';
import { partialDate } from '../../base/partial-date';

export const Season: SeasonResolvers = {
  id: (season) => toGlobalId('Season', season),
  status: ({ seasonStatus }) => seasonStatus,
  premiere: ({ premiereDate, premiereDatePrecision }) => partialDate(premiereDate, premiereDatePrecision),
  productionStart: ({ productionStart, productionStartPrecision }) => partialDate(productionStart, productionStartPrecision),
  episodes: async (season, _, { loaders }) => [...(await loaders.in(season).episodesBySeason.load(season.rowId))].sort((a, b) => a.number - b.number),
};
