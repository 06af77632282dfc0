import type { PersonEntity } from '../../../types/domain/content';
import { UID } from '../../../types/domain/uids';
import { documentsByAttribute } from './documents-by-attribute';
import { relatedMany, relatedOne } from './related-by-source';

export const personLoaders = {
  personBySlug: documentsByAttribute<PersonEntity>(UID.person, 'slug'),
  personByDocumentId: documentsByAttribute<PersonEntity>(UID.person, 'documentId'),
  personByCredit: relatedOne<PersonEntity>(UID.credit, 'person'),
  /** Who gave a status event's official statement. */
  speakersByStatusEvent: relatedMany<PersonEntity>(UID.statusEvent, 'statementBy'),
  peopleByArticle: relatedMany<PersonEntity>(UID.article, 'people'),
  /** Both ends of a kinship: the person it belongs to and their relative. */
  personByKinship: relatedOne<PersonEntity>(UID.kinship, 'person'),
  relativeByKinship: relatedOne<PersonEntity>(UID.kinship, 'relative'),
};
