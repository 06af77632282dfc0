import type { Core } from '@strapi/strapi';
import { getService } from './get-service';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await getService(strapi, 'admin-layouts').apply();
  await getService(strapi, 'locales').ensure();
  await getService(strapi, 'roles').apply();
  if (getService(strapi, 'demo-content').enabled()) {
    await getService(strapi, 'demo-content').loadIfEmpty();
  }
  await getService(strapi, 'webhooks').start();
};
