import type { StrapiApp } from '@strapi/strapi/admin';
import { DeliveryLogIcon } from './icon';

/** The same permission the server's log route asks for (plugin/server/src/notifications/delivery-log). */
export const READ_DELIVERY_LOG = 'plugin::showrunner.notifications.read';

/** "Benachrichtigungen" in the admin's main menu: how in-app, push and e-mail deliveries stand. */
export const registerDeliveryLog = (app: StrapiApp) =>
  app.addMenuLink({
    to: 'plugins/showrunner/notifications',
    icon: DeliveryLogIcon,
    intlLabel: { id: 'showrunner.notifications.menu', defaultMessage: 'Benachrichtigungen' },
    permissions: [{ action: READ_DELIVERY_LOG, subject: null }],
    Component: () => import('./delivery-log-page').then((module) => ({ default: module.DeliveryLogPage })),
  });
