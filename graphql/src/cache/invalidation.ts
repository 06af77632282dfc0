import type { Core } from '@strapi/strapi';
import Redis from 'ioredis';
import type { ResponseCache } from './response-cache';

const CHANNEL = 'showrunner:graphql:invalidate';
const EVENTS = ['entry.create', 'entry.update', 'entry.delete', 'entry.publish', 'entry.unpublish', 'entry.draft-discard'];

/**
 * Drops cached responses when content of a type changes: at once, and again when the change's
 * transaction commits (a request between the two could otherwise cache the old state). With
 * REDIS_URL, other instances are told through Redis pub/sub.
 */
export const invalidateOnChange = (strapi: Core.Strapi, cache: ResponseCache, redisUrl?: string) => {
  const publisher = redisUrl ? new Redis(redisUrl, { maxRetriesPerRequest: 1 }) : null;
  const subscriber = redisUrl ? new Redis(redisUrl, { maxRetriesPerRequest: 1 }) : null;
  subscriber?.subscribe(CHANNEL).catch((error) => strapi.log.warn(`[graphql] cache invalidation via Redis unavailable: ${error.message}`));
  subscriber?.on('message', (_channel, uid: string) => cache.invalidate(uid));

  const drop = (uid: string) => {
    cache.invalidate(uid);
    publisher?.publish(CHANNEL, uid).catch(() => undefined);
  };
  const onChange = async ({ uid }: { uid?: string }) => {
    if (!uid) return;
    drop(uid);
    if (strapi.db.inTransaction()) await strapi.db.transaction(async ({ onCommit }) => onCommit(() => drop(uid)));
  };
  for (const event of EVENTS) strapi.eventHub.on(event, onChange);

  return {
    drop,
    close: async () => {
      for (const event of EVENTS) strapi.eventHub.off?.(event, onChange);
      publisher?.disconnect();
      subscriber?.disconnect();
    },
  };
};
