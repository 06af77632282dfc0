import type { OutletEntity } from '../../../types/domain/content';
import { UID } from '../../../types/domain/uids';
import { documentsByAttribute } from './documents-by-attribute';
import { relatedMany, relatedOne } from './related-by-source';

export const outletLoaders = {
  outletByDocumentId: documentsByAttribute<OutletEntity>(UID.outlet, 'documentId'),
  /** Who reported first, e.g. Deadline. */
  sourcesByArticle: relatedMany<OutletEntity>(UID.article, 'sources'),
  /** Who broke the news of a status event, and who first reported a casting. */
  outletByStatusEvent: relatedOne<OutletEntity>(UID.statusEvent, 'reportedBy'),
  outletByCredit: relatedOne<OutletEntity>(UID.credit, 'announcedBy'),
};
