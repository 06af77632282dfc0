import { MODERATE_COMMENTS } from './permissions';

const policies = ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [MODERATE_COMMENTS] } }];

/** Admin API under /showrunner/moderation, for the moderation page (plugin/admin/src/moderation). */
export default {
  type: 'admin',
  routes: [
    { method: 'GET', path: '/moderation/queue', handler: 'moderation.queue', config: { policies } },
    { method: 'POST', path: '/moderation/comments/:documentId/hide', handler: 'moderation.hide', config: { policies } },
    { method: 'POST', path: '/moderation/comments/:documentId/restore', handler: 'moderation.restore', config: { policies } },
  ],
};
