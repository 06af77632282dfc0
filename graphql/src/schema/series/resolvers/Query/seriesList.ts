import type { SeriesEntity } from '../../../../../../types/domain';
import type { QueryResolvers, SeriesSort } from '../../../../../../types/generated/resolvers-types.generated';
import { localeChain } from '../../../../locale';
import { listPage } from '../../../../lists';
import { pageWindow } from '../../../../pagination';
import { UID } from '../../../../../../types/domain/uids';

const ORDER: Record<SeriesSort, [string, 'asc' | 'desc'][]> = {
  TITLE_ASC: [['title', 'asc']],
  TITLE_DESC: [['title', 'desc']],
  NEWEST_FIRST: [['createdAt', 'desc']],
};

export const seriesList: NonNullable<QueryResolvers['seriesList']> = (_, { filter, sort, first, after, locale }, ctx) =>
  listPage<SeriesEntity>(ctx, UID.series, localeChain(locale), pageWindow(ctx, { first, after }), {
    where: filter?.status?.length ? [['seriesStatus', filter.status.map((status) => status.toLowerCase())]] : [],
    linkedSlugs: [
      ['platforms', UID.platform, filter?.platform],
      ['genres', UID.genre, filter?.genre],
      ['franchise', UID.franchise, filter?.franchise],
    ],
    orderBy: ORDER[sort ?? 'TITLE_ASC'],
  });
