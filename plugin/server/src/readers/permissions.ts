import type { Core } from '@strapi/strapi';

/** The admin permission the moderation page and its routes ask for; the Editor role has it (roles/definitions.ts). */
export const MODERATE_COMMENTS = 'plugin::showrunner.moderation.manage';

/** Registered before the roles are applied, so the Editor role can be granted it on the same start. */
export const registerModerationPermission = (strapi: Core.Strapi) =>
  strapi
    .service('admin::permission')
    .actionProvider.registerMany([{ section: 'plugins', displayName: 'Leserkommentare moderieren', uid: 'moderation.manage', pluginName: 'showrunner' }]);
