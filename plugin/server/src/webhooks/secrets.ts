import type { Core } from '@strapi/strapi';
import { WEBHOOK_UID } from './uids';

/** After a rotation the old secret keeps signing alongside the new one for a day, so receivers can switch over. */
export const ROTATION_GRACE_MS = 24 * 60 * 60 * 1000;

/**
 * Signing secrets live in their own table, hidden from the Content Manager: `private` hides an
 * attribute from the content API only, and the admin would otherwise show it in every endpoint
 * view and in every delivery that populates its endpoint.
 */
export const createSecretStore = (strapi: Core.Strapi) => {
  const secrets = () => strapi.db.query(WEBHOOK_UID.secret);

  return {
    /** The secrets a message is signed with: the current one, plus the previous one while its grace period lasts. */
    async signingSecrets(endpointKey: string, now = new Date()): Promise<string[]> {
      const row = await secrets().findOne({ where: { endpointKey } });
      if (!row) return [];
      const graceUntil = row.previousSecretExpiresAt ? new Date(row.previousSecretExpiresAt) : null;
      return [row.secret, ...(row.previousSecret && graceUntil && graceUntil > now ? [row.previousSecret] : [])];
    },

    /** Stores a new secret; with `rotate`, the one it replaces keeps signing for the grace period. */
    async set(endpointKey: string, secret: string, { rotate = false } = {}) {
      const row = await secrets().findOne({ where: { endpointKey } });
      const previous = rotate && row ? { previousSecret: row.secret, previousSecretExpiresAt: new Date(Date.now() + ROTATION_GRACE_MS) } : {};
      const data = { secret, previousSecret: null, previousSecretExpiresAt: null, ...previous };
      if (row) await secrets().update({ where: { id: row.id }, data });
      else await secrets().create({ data: { endpointKey, ...data, publishedAt: new Date() } });
      return previous.previousSecretExpiresAt ?? null;
    },

    remove: (endpointKey: string) => secrets().deleteMany({ where: { endpointKey } }),
  };
};
