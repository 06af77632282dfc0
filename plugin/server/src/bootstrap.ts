import type { Core } from '@strapi/strapi';
import { getService } from './get-service';
import { rebuildCreditOrder } from './host/credit-order';
import { registerDeliveryLogPermission } from './notifications/delivery-log/permission';
import { registerModerationPermission } from './readers/permissions';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await getService(strapi, 'admin-layouts').apply();
  await getService(strapi, 'locales').ensure();
  await registerModerationPermission(strapi);
  await registerDeliveryLogPermission(strapi);
  await getService(strapi, 'roles').apply();
  await getService(strapi, 'accounts').bootstrap();
  await rebuildCreditOrder(strapi);
  if (getService(strapi, 'demo-content').enabled()) {
    await getService(strapi, 'demo-content').loadIfEmpty();
    await getService(strapi, 'readers').ensureDemoReader();
  }
  await getService(strapi, 'webhooks').start();
  await getService(strapi, 'notifications').start();
  getService(strapi, 'email-alerts').start();
  getService(strapi, 'broadcasts').start();
};
