import type { CreditEntity } from '../../../types/domain/content';
import { UID } from '../../../types/domain/uids';
import { relatedMany } from './related-by-source';

export const creditLoaders = {
  creditsBySeries: relatedMany<CreditEntity>(UID.series, 'credits'),
  creditsByPerson: relatedMany<CreditEntity>(UID.person, 'credits'),
};
