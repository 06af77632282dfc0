import type { NamedEntity } from '../../../types/domain/content';
import { UID } from '../../../types/domain/uids';
import { documentsByAttribute } from './documents-by-attribute';
import { relatedMany } from './related-by-source';

export const genreLoaders = {
  genreBySlug: documentsByAttribute<NamedEntity>(UID.genre, 'slug'),
  genreByDocumentId: documentsByAttribute<NamedEntity>(UID.genre, 'documentId'),
  genresBySeries: relatedMany<NamedEntity>(UID.series, 'genres'),
};
