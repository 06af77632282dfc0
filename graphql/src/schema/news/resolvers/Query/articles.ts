import type { QueryResolvers } from '../../../../../../types/generated/resolvers-types.generated';
import { listPage } from '../../../../lists';
import { pageWindow } from '../../../../pagination';
import { UID } from '../../../../../../types/domain/uids';

export const articles: NonNullable<QueryResolvers['articles']> = (_, { filter, first, after, locale }, ctx) => {
  const loaders = ctx.loaders.locale(locale);
  return listPage(loaders.reader, UID.article, loaders.articleByDocumentId, pageWindow(ctx, { first, after }, 10), {
    linkedSlugs: [
      ['series', loaders.seriesBySlug, filter?.series],
      ['people', loaders.personBySlug, filter?.person],
      ['category', loaders.categoryBySlug, filter?.category],
    ],
    orderBy: [['publishedOn', 'desc']],
  });
};
