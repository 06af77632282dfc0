import type { NamedEntity } from '../../../types/domain/content';
import { UID } from '../../../types/domain/uids';
import { documentsByAttribute } from './documents-by-attribute';
import { relatedOne } from './related-by-source';

export const authorLoaders = {
  authorByDocumentId: documentsByAttribute<NamedEntity>(UID.author, 'documentId'),
  authorByArticle: relatedOne<NamedEntity>(UID.article, 'author'),
};
