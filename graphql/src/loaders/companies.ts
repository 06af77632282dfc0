import type { CompanyEntity } from '../../../types/domain/content';
import { UID } from '../../../types/domain/uids';
import { documentsByAttribute } from './documents-by-attribute';
import { relatedMany, relatedOne } from './related-by-source';

export const companyLoaders = {
  companyByDocumentId: documentsByAttribute<CompanyEntity>(UID.company, 'documentId'),
  productionCompaniesBySeries: relatedMany<CompanyEntity>(UID.series, 'productionCompanies'),
  ownerByPlatform: relatedOne<CompanyEntity>(UID.platform, 'owner'),
  /** The company a crew member holds the job for. */
  companyByCredit: relatedOne<CompanyEntity>(UID.credit, 'onBehalfOf'),
};
