import type { PlatformEntity } from '../../../types/domain/content';
import { UID } from '../../../types/domain/uids';
import { documentsByAttribute } from './documents-by-attribute';
import { relatedMany, relatedOne } from './related-by-source';

export const platformLoaders = {
  platformBySlug: documentsByAttribute<PlatformEntity>(UID.platform, 'slug'),
  platformByDocumentId: documentsByAttribute<PlatformEntity>(UID.platform, 'documentId'),
  platformsBySeries: relatedMany<PlatformEntity>(UID.series, 'platforms'),
  originalNetworkBySeries: relatedOne<PlatformEntity>(UID.series, 'originalNetwork'),
  /** The platform that confirmed a status event. */
  platformByStatusEvent: relatedOne<PlatformEntity>(UID.statusEvent, 'confirmedBy'),
};
