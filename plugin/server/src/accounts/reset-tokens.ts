import { createHash } from 'node:crypto';
import type { Core, Modules } from '@strapi/strapi';
import { READER_UID, USER_UID } from '../readers/uids';

export const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

export type Claim = { valid: true; restore: () => Promise<void> } | { valid: false; reason: 'unknown' | 'expired' };

/**
 * users-permissions' reset tokens never expire and sit in the user row as written (strapi/strapi
 * #25711). The plugin closes both gaps without touching its code: the token is replaced by its
 * SHA-256 on the way into the database, with the time it was issued kept in our own table; a reset
 * first claims the token there, then hands users-permissions the hash it now looks for.
 */
export const createResetTokens = (strapi: Core.Strapi, ttlMs: () => number) => {
  const tokens = () => strapi.db.query(READER_UID.resetToken);

  const record = async (userDocumentId: string, tokenHash: string) => {
    const user = await strapi.db.query(USER_UID).findOne({ where: { documentId: userDocumentId }, select: ['id'] });
    if (!user) return;
    const now = new Date();
    await tokens().deleteMany({ where: { $or: [{ reader: { id: user.id } }, { expiresAt: { $lt: now } }] } });
    await tokens().create({ data: { tokenHash, reader: user.id, issuedAt: now, expiresAt: new Date(now.getTime() + ttlMs()) } });
  };

  return {
    /** Document Service middleware: whoever sets a user's reset token (users-permissions' forgot-password), stores its hash. */
    documentMiddleware: (): Modules.Documents.Middleware.Middleware => async (ctx, next) => {
      const params = ctx.params as { data?: Record<string, unknown>; documentId?: string };
      const token = params.data?.resetPasswordToken;
      if (ctx.uid !== USER_UID || ctx.action !== 'update' || typeof token !== 'string' || !params.documentId) return next();
      const tokenHash = hashToken(token);
      params.data = { ...params.data, resetPasswordToken: tokenHash };
      return strapi.db.transaction(async () => {
        const result = await next();
        await record(params.documentId!, tokenHash);
        return result;
      });
    },

    /**
     * Takes the token out of circulation (so it works once, even for two requests at the same
     * moment); `restore` puts it back when the reset then fails on something else (e.g. the two
     * passwords differ).
     */
    async claim(token: string): Promise<Claim> {
      const tokenHash = hashToken(token);
      const row = await tokens().findOne({ where: { tokenHash }, populate: { reader: { select: ['id'] } } });
      if (!row) return { valid: false, reason: 'unknown' };
      const deleted = await tokens().deleteMany({ where: { id: row.id } });
      if (deleted.count === 0) return { valid: false, reason: 'unknown' };
      if (new Date(row.expiresAt).getTime() <= Date.now()) {
        if (row.reader)
          await strapi.db.query(USER_UID).update({ where: { id: row.reader.id, resetPasswordToken: tokenHash }, data: { resetPasswordToken: null } });
        return { valid: false, reason: 'expired' };
      }
      const { tokenHash: _hash, issuedAt, expiresAt } = row;
      return {
        valid: true,
        restore: async () => void (await tokens().create({ data: { tokenHash, reader: row.reader?.id ?? null, issuedAt, expiresAt } })),
      };
    },

    /** Deleting an account: its pending reset token goes with it. */
    forget: async (userId: number) => void (await tokens().deleteMany({ where: { reader: { id: userId } } })),
  };
};

export type ResetTokens = ReturnType<typeof createResetTokens>;
