import type { StatusEventEntity } from '../../../types/domain/content';
import { UID } from '../../../types/domain/uids';
import { documentsByAttribute } from './documents-by-attribute';
import { relatedMany } from './related-by-source';

export const statusEventLoaders = {
  statusEventByDocumentId: documentsByAttribute<StatusEventEntity>(UID.statusEvent, 'documentId'),
  statusEventsBySeries: relatedMany<StatusEventEntity>(UID.series, 'statusEvents'),
};
