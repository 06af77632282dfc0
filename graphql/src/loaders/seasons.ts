import type { SeasonEntity } from '../../../types/domain/content';
import { UID } from '../../../types/domain/uids';
import { documentsByAttribute } from './documents-by-attribute';
import { relatedMany, relatedOne } from './related-by-source';

export const seasonLoaders = {
  seasonByDocumentId: documentsByAttribute<SeasonEntity>(UID.season, 'documentId'),
  seasonsBySeries: relatedMany<SeasonEntity>(UID.series, 'seasons'),
  seasonsByCredit: relatedMany<SeasonEntity>(UID.credit, 'seasons'),
  seasonByStatusEvent: relatedOne<SeasonEntity>(UID.statusEvent, 'season'),
};
