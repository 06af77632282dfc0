import type { Core } from '@strapi/strapi';
import { getService } from './get-service';
import { releaseStartupLock } from './host/startup-lock';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await releaseStartupLock(strapi);
  await getService(strapi, 'broadcasts').stop();
  getService(strapi, 'email-alerts').stop();
  await getService(strapi, 'webhooks').stop();
  await getService(strapi, 'notifications').stop();
  await getService(strapi, 'graphql').stop();
  await getService(strapi, 'accounts').stop();
};
