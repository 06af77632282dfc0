import type { QueryResolvers, SeriesSort } from '../../../../../../types/generated/resolvers-types.generated';
import { listPage } from '../../../../lists';
import { pageWindow } from '../../../../pagination';
import { UID } from '../../../../../../types/domain/uids';

const ORDER: Record<SeriesSort, [string, 'asc' | 'desc'][]> = {
  TITLE_ASC: [['title', 'asc']],
  TITLE_DESC: [['title', 'desc']],
  NEWEST_FIRST: [['createdAt', 'desc']],
};

export const seriesList: NonNullable<QueryResolvers['seriesList']> = (_, { filter, sort, first, after, locale }, ctx) => {
  const loaders = ctx.loaders.locale(locale);
  return listPage(loaders.reader, UID.series, loaders.seriesByDocumentId, pageWindow(ctx, { first, after }), {
    where: filter?.status?.length ? [['seriesStatus', filter.status.map((status) => status.toLowerCase())]] : [],
    linkedSlugs: [
      ['platforms', loaders.platformBySlug, filter?.platform],
      ['genres', loaders.genreBySlug, filter?.genre],
      ['franchise', loaders.franchiseBySlug, filter?.franchise],
    ],
    orderBy: ORDER[sort ?? 'TITLE_ASC'],
  });
};
