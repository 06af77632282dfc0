import type { Core } from '@strapi/strapi';
import type { Viewer } from '@showrunner/graphql';
import { USER_UID } from './uids';

/** What other readers see of an account once it is gone (README.md, "Deleting an account"). */
export const DELETED_MEMBER = 'gelöschtes Mitglied';

type UserRow = { id: number; documentId: string; username: string; confirmed: boolean | null; blocked: boolean | null };

export const toViewer = (user: UserRow): Viewer => ({
  id: user.id,
  documentId: user.documentId,
  displayName: user.username,
  confirmed: user.confirmed === true,
});

/**
 * The reader a users-permissions JWT belongs to, verified by users-permissions' own jwt service
 * (so its secret, algorithm and `jwtManagement` mode apply), then loaded: a token outliving its
 * account, or of a blocked account, is as good as none.
 */
export const viewerFromToken = async (strapi: Core.Strapi, token: string): Promise<Viewer | null> => {
  let payload: { id?: unknown };
  try {
    payload = await strapi.plugin('users-permissions').service('jwt').verify(token);
  } catch {
    return null;
  }
  const id = Number(payload?.id);
  if (!Number.isInteger(id) || id <= 0) return null;
  const user: UserRow | null = await strapi.db.query(USER_UID).findOne({ where: { id }, select: ['id', 'documentId', 'username', 'confirmed', 'blocked'] });
  if (!user || user.blocked === true) return null;
  return toViewer(user);
};
