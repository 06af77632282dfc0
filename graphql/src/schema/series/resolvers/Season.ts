import type { EpisodeEntity } from '../../../../../types/domain';
import type { DatePrecision, SeasonResolvers } from '../../../../../types/generated/resolvers-types.generated';
import { relatedMany } from '../../../relations';
import { UID } from '../../../../../types/domain/uids';

const partialDate = (date: string | null, precision: DatePrecision | null) => (date ? { date, precision: precision ?? 'DAY' } : null);

export const Season: SeasonResolvers = {
  status: ({ seasonStatus }) => seasonStatus,
  premiere: ({ premiereDate, premiereDatePrecision }) => partialDate(premiereDate, premiereDatePrecision),
  productionStart: ({ productionStart, productionStartPrecision }) => partialDate(productionStart, productionStartPrecision),
  episodes: async (season, _, ctx) =>
    (await relatedMany<EpisodeEntity>(ctx, season, UID.season, 'episodes')).sort((a, b) => a.number - b.number),
};

export { partialDate };
