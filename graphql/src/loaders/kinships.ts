import type { KinshipEntity } from '../../../types/domain/content';
import { UID } from '../../../types/domain/uids';
import { relatedMany } from './related-by-source';

/** Kinships are entered once, on one of the two people; the other sees the inverse. */
export const kinshipLoaders = {
  kinshipsByPerson: relatedMany<KinshipEntity>(UID.person, 'relatives'),
  inverseKinshipsByPerson: relatedMany<KinshipEntity>(UID.person, 'relativeOf'),
};
