import type { FranchiseEntity } from '../../../types/domain/content';
import { UID } from '../../../types/domain/uids';
import { documentsByAttribute } from './documents-by-attribute';
import { relatedOne } from './related-by-source';

export const franchiseLoaders = {
  franchiseBySlug: documentsByAttribute<FranchiseEntity>(UID.franchise, 'slug'),
  franchiseByDocumentId: documentsByAttribute<FranchiseEntity>(UID.franchise, 'documentId'),
  franchiseBySeries: relatedOne<FranchiseEntity>(UID.series, 'franchise'),
};
