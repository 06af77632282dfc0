import type { ArticleEntity } from '../../../types/domain/content';
import { UID } from '../../../types/domain/uids';
import { documentsByAttribute } from './documents-by-attribute';
import { relatedMany } from './related-by-source';
import { relatedPages } from './related-pages';

export const articleLoaders = {
  articleBySlug: documentsByAttribute<ArticleEntity>(UID.article, 'slug'),
  articleByDocumentId: documentsByAttribute<ArticleEntity>(UID.article, 'documentId'),
  newsBySeries: relatedPages<ArticleEntity>(UID.series, 'articles', [['publishedOn', 'desc']]),
  newsByPerson: relatedPages<ArticleEntity>(UID.person, 'articles', [['publishedOn', 'desc']]),
  relatedArticlesByArticle: relatedMany<ArticleEntity>(UID.article, 'relatedArticles'),
  /** Articles that list this one as related: the relation is shown from both ends. */
  relatedFromByArticle: relatedMany<ArticleEntity>(UID.article, 'relatedFrom'),
};
