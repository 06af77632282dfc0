import type { ArticleEntity, ArticleUpdateValue, CreditedImageValue, NamedEntity, OutletEntity, PersonEntity, SeriesEntity } from '../../../../../types/domain';
import type { ArticleResolvers } from '../../../../../types/generated/resolvers-types.generated';
import { blocksToText } from '../../../domain/blocks';
import { toLocaleEnum } from '../../../locale';
import { componentOne, componentsOf, relatedMany, relatedOne } from '../../../relations';
import { UID } from '../../../../../types/domain/uids';

export const Article: ArticleResolvers = {
  locale: ({ locale }) => toLocaleEnum(locale),
  publishedAt: ({ publishedOn }) => publishedOn,
  bodyText: ({ body }) => blocksToText(body),
  author: (article, _, ctx) => relatedOne<NamedEntity>(ctx, article, UID.article, 'author'),
  category: (article, _, ctx) => relatedOne<NamedEntity>(ctx, article, UID.article, 'category'),
  leadImage: (article, _, ctx) => componentOne<CreditedImageValue>(ctx, article, UID.article, 'leadImage'),
  sources: (article, _, ctx) => relatedMany<OutletEntity>(ctx, article, UID.article, 'sources'),
  updates: async (article, _, ctx) =>
    (await componentsOf<ArticleUpdateValue>(ctx, article, UID.article, 'updates')).reverse(),
  series: (article, _, ctx) => relatedMany<SeriesEntity>(ctx, article, UID.article, 'series'),
  people: (article, _, ctx) => relatedMany<PersonEntity>(ctx, article, UID.article, 'people'),
  relatedArticles: async (article, _, ctx) => {
    const [outgoing, incoming] = await Promise.all([
      relatedMany<ArticleEntity>(ctx, article, UID.article, 'relatedArticles'),
      relatedMany<ArticleEntity>(ctx, article, UID.article, 'relatedFrom'),
    ]);
    const seen = new Set<string>();
    return [...outgoing, ...incoming].filter(({ documentId }) => !seen.has(documentId) && seen.add(documentId));
  },
};
