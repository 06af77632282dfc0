import type { NamedEntity } from '../../../types/domain/content';
import { UID } from '../../../types/domain/uids';
import { documentsByAttribute } from './documents-by-attribute';
import { relatedOne } from './related-by-source';

export const categoryLoaders = {
  categoryBySlug: documentsByAttribute<NamedEntity>(UID.category, 'slug'),
  categoryByDocumentId: documentsByAttribute<NamedEntity>(UID.category, 'documentId'),
  categoryByArticle: relatedOne<NamedEntity>(UID.article, 'category'),
};
