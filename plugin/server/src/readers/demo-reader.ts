import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { createFollows } from './follows';
import { USER_UID } from './uids';
import { toViewer } from './viewer';

export const DEMO_READER = { username: 'demo-leserin', email: 'demo-leserin@example.com' };

/**
 * In development, a reader to try the reader features with: confirmed, following Ballard. The
 * password is random and printed once, when the account is created; never in production.
 */
export const ensureDemoReader = async (strapi: Core.Strapi) => {
  if (process.env.NODE_ENV === 'production') return null;
  if (await strapi.db.query(USER_UID).findOne({ where: { email: DEMO_READER.email }, select: ['id'] })) return null;
  // This plugin may bootstrap before users-permissions, whose roles are needed here; creating
  // them is idempotent (it only does so while there are none).
  await strapi.plugin('users-permissions').service('users-permissions').initialize();
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' }, select: ['id'] });
  const password = randomBytes(12).toString('base64url');
  const user = await strapi
    .plugin('users-permissions')
    .service('user')
    .add({ ...DEMO_READER, password, provider: 'local', confirmed: true, blocked: false, role: role.id });
  await createFollows(strapi).follow(toViewer(user), { kind: 'series', slug: 'ballard' });
  strapi.log.info(`[showrunner] Demo-Leserin angelegt (folgt „Ballard“): E-Mail ${DEMO_READER.email}, Passwort ${password} – wird nur jetzt angezeigt.`);
  return { ...DEMO_READER, password };
};
