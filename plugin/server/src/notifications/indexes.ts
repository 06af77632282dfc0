import type { Core } from '@strapi/strapi';
import { addUniqueIndexes } from '../readers/indexes';
import { NOTIFICATION_UID } from './uids';

/**
 * The keys that make planning idempotent (one delivery per dedupe key), the planner's cursors
 * and a reader's settings single, and a browser's subscription findable by its endpoint. Added to
 * Strapi's model metadata before its schema sync (readers/indexes.ts).
 */
const UNIQUE_KEYS: [uid: string, attribute: string][] = [
  [NOTIFICATION_UID.delivery, 'dedupeKey'],
  [NOTIFICATION_UID.cursor, 'name'],
  [NOTIFICATION_UID.setting, 'userId'],
  [NOTIFICATION_UID.pushSubscription, 'endpointHash'],
];

export const addNotificationIndexes = (strapi: Core.Strapi) => addUniqueIndexes(strapi, UNIQUE_KEYS);
