import type { Core } from '@strapi/strapi';
import { NOTIFICATION_UID } from './uids';

type Meta = { tableName: string; attributes: Record<string, { columnName?: string }>; indexes?: { name: string; columns: string[]; type?: string }[] };

/**
 * The keys that make planning idempotent (one delivery per dedupe key), the planner's cursors
 * and a reader's settings single, and a browser's subscription findable by its endpoint. Added to
 * Strapi's model metadata before its schema sync, like readers/indexes.ts.
 */
const UNIQUE_KEYS: [uid: string, attribute: string][] = [
  [NOTIFICATION_UID.delivery, 'dedupeKey'],
  [NOTIFICATION_UID.cursor, 'name'],
  [NOTIFICATION_UID.setting, 'userId'],
  [NOTIFICATION_UID.pushSubscription, 'endpointHash'],
];

export const addNotificationIndexes = (strapi: Core.Strapi) => {
  for (const [uid, attribute] of UNIQUE_KEYS) {
    const meta = strapi.db.metadata.get(uid) as unknown as Meta;
    const column = meta.attributes[attribute]?.columnName;
    if (!column) continue;
    const name = `${meta.tableName}_${column}_uq`;
    meta.indexes ??= [];
    if (!meta.indexes.some((index) => index.name === name)) meta.indexes.push({ name, columns: [column], type: 'unique' });
  }
};
