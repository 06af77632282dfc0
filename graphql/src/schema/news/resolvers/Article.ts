import type { ArticleResolvers } from '../../../../../types/generated/resolvers-types.generated';
import { blocksToText } from '../../../domain/blocks';
import { toLocaleEnum } from '../../../locale';
import { toGlobalId } from '../../node/global-id';

export const Article: Pick<
  ArticleResolvers,
  | 'author'
  | 'body'
  | 'bodyText'
  | 'category'
  | 'documentId'
  | 'headline'
  | 'id'
  | 'kicker'
  | 'leadImage'
  | 'locale'
  | 'people'
  | 'publishedAt'
  | 'relatedArticles'
  | 'series'
  | 'slug'
  | 'sources'
  | 'teaser'
  | 'updates'
  | '__isTypeOf'
> = {
  id: (article) => toGlobalId('Article', article),
  locale: ({ locale }) => toLocaleEnum(locale),
  publishedAt: ({ publishedOn }) => publishedOn,
  bodyText: ({ body }) => blocksToText(body),
  author: (article, _, { loaders }) => loaders.in(article).authorByArticle.load(article.rowId),
  category: (article, _, { loaders }) => loaders.in(article).categoryByArticle.load(article.rowId),
  leadImage: (article, _, { loaders }) => loaders.in(article).leadImageByArticle.load(article.rowId),
  sources: (article, _, { loaders }) => loaders.in(article).sourcesByArticle.load(article.rowId),
  updates: async (article, _, { loaders }) => [...(await loaders.in(article).updatesByArticle.load(article.rowId))].reverse(),
  series: (article, _, { loaders }) => loaders.in(article).seriesByArticle.load(article.rowId),
  people: (article, _, { loaders }) => loaders.in(article).peopleByArticle.load(article.rowId),
  relatedArticles: async (article, _, { loaders }) => {
    const [outgoing, incoming] = await Promise.all([
      loaders.in(article).relatedArticlesByArticle.load(article.rowId),
      loaders.in(article).relatedFromByArticle.load(article.rowId),
    ]);
    const seen = new Set<string>();
    return [...outgoing, ...incoming].filter(({ documentId }) => !seen.has(documentId) && seen.add(documentId));
  },
};
