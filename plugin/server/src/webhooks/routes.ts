const policies = ['admin::isAuthenticatedAdmin'];

/** Admin API under /showrunner/webhooks; docs/webhooks.md shows both with curl. */
export default {
  type: 'admin',
  routes: [
    { method: 'POST', path: '/webhooks/endpoints/:documentId/rotate-secret', handler: 'webhooks.rotateSecret', config: { policies } },
    { method: 'POST', path: '/webhooks/deliveries/:documentId/replay', handler: 'webhooks.replay', config: { policies } },
  ],
};
