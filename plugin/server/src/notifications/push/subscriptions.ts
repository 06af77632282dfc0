import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import type { Outcome, Viewer } from '@showrunner/graphql';
import type { NotificationSettings } from '../settings';
import { NOTIFICATION_UID } from '../uids';
import { refusedWith } from '../user-errors';
import { endpointProblem, keysProblem } from './endpoint';

/** A reader with more browsers than this is more likely a script than a person. */
export const MAX_SUBSCRIPTIONS_PER_READER = 20;

const hashOf = (endpoint: string) => createHash('sha256').update(endpoint).digest('hex');

/** Browsers' Web Push subscriptions: one row per endpoint, owned by the reader who registered it last. */
export const createPushSubscriptions = (strapi: Core.Strapi, push: NotificationSettings['push']) => {
  const rows = () => strapi.db.query(NOTIFICATION_UID.pushSubscription);

  return {
    async register(viewer: Viewer, input: { endpoint: string; keys: { p256dh: string; auth: string } }): Promise<Outcome<{ registered: true }>> {
      if (!push.enabled) return refusedWith('PUSH_DISABLED');
      const problem = endpointProblem(input.endpoint, push.allowPrivate) ?? keysProblem(input.keys);
      if (problem) return refusedWith(problem);
      const endpointHash = hashOf(input.endpoint);
      const data = { userId: viewer.id, endpoint: input.endpoint, endpointHash, p256dh: input.keys.p256dh, auth: input.keys.auth };
      const existing = await rows().findOne({ where: { endpointHash }, select: ['id'] });
      if (existing) {
        // A browser signed in as someone else now: its pushes are the new reader's.
        await rows().update({ where: { id: existing.id }, data });
        return { value: { registered: true as const }, userErrors: [] };
      }
      if ((await rows().count({ where: { userId: viewer.id } })) >= MAX_SUBSCRIPTIONS_PER_READER) return refusedWith('TOO_MANY_PUSH_SUBSCRIPTIONS');
      try {
        await rows().create({ data });
      } catch (error) {
        if (!(await rows().findOne({ where: { endpointHash }, select: ['id'] }))) throw error;
        await rows().updateMany({ where: { endpointHash }, data });
      }
      return { value: { registered: true as const }, userErrors: [] };
    },

    async unregister(viewer: Viewer, input: { endpoint: string }): Promise<Outcome<{ unregistered: boolean }>> {
      const { count } = await rows().deleteMany({ where: { endpointHash: hashOf(String(input.endpoint)), userId: viewer.id } });
      return { value: { unregistered: count > 0 }, userErrors: [] };
    },
  };
};
