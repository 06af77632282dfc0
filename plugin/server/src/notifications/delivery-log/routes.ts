import { READ_DELIVERY_LOG } from './permission';

const policies = ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [READ_DELIVERY_LOG] } }];

/** Admin API under /showrunner/notifications, for the delivery log page (plugin/admin/src/delivery-log). */
export default {
  type: 'admin',
  routes: [{ method: 'GET', path: '/notifications/log', handler: 'delivery-log.log', config: { policies } }],
};
