import type { ArticleEntity } from '../../../../../../types/domain';
import type { QueryResolvers } from '../../../../../../types/generated/resolvers-types.generated';
import { listPage } from '../../../../lists';
import { localeChain } from '../../../../locale';
import { pageWindow } from '../../../../pagination';
import { UID } from '../../../../../../types/domain/uids';

export const articles: NonNullable<QueryResolvers['articles']> = (_, { filter, first, after, locale }, ctx) =>
  listPage<ArticleEntity>(ctx, UID.article, localeChain(locale), pageWindow(ctx, { first, after }, 10), {
    linkedSlugs: [
      ['series', UID.series, filter?.series],
      ['people', UID.person, filter?.person],
      ['category', UID.category, filter?.category],
    ],
    orderBy: [['publishedOn', 'desc']],
  });
