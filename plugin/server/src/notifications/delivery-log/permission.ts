import type { Core } from '@strapi/strapi';

/** The admin permission the delivery log asks for. Only super admins have it by default: the log is operations, like webhooks. */
export const READ_DELIVERY_LOG = 'plugin::showrunner.notifications.read';

export const registerDeliveryLogPermission = (strapi: Core.Strapi) =>
  strapi
    .service('admin::permission')
    .actionProvider.registerMany([
      { section: 'plugins', displayName: 'Benachrichtigungsprotokoll ansehen', uid: 'notifications.read', pluginName: 'showrunner' },
    ]);
