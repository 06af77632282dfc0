import { ALERT_PATHS } from './links';

const path = (full: string) => full.replace('/showrunner', '');
const open = { auth: false as const };

/** Public routes under /api/showrunner for the links in alert mails (controller.ts). */
export default {
  type: 'content-api',
  routes: [
    { method: 'GET', path: path(ALERT_PATHS.confirm), handler: 'email-alerts.confirmPage', config: open },
    { method: 'POST', path: path(ALERT_PATHS.confirm), handler: 'email-alerts.confirm', config: open },
    { method: 'GET', path: path(ALERT_PATHS.unsubscribe), handler: 'email-alerts.unsubscribePage', config: open },
    { method: 'POST', path: path(ALERT_PATHS.unsubscribe), handler: 'email-alerts.unsubscribe', config: open },
  ],
};
