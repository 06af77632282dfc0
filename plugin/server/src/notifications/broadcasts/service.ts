import type { Core } from '@strapi/strapi';
import { getSettings } from '../../config/get-settings';
import { createBroadcastScheduler } from './scheduler';

/** TV-date reminders: the scheduler that turns broadcasts entering their lead time into `broadcast.upcoming` events. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const scheduler = createBroadcastScheduler(strapi, getSettings(strapi).broadcasts);
  return {
    start: () => scheduler.start(),
    stop: () => scheduler.stop(),
    tick: () => scheduler.tick(),
  };
};
