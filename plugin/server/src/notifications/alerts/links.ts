import type { Core } from '@strapi/strapi';
import { getSettings } from '../../config/get-settings';

/** The plugin's own routes for alert links (routes.ts), under Strapi's content API prefix. */
export const ALERT_PATHS = { confirm: '/showrunner/email-alerts/confirm', unsubscribe: '/showrunner/email-alerts/unsubscribe' } as const;

/** Links in mails point at the server's public address (`PUBLIC_URL`, else where it listens). */
const serverUrl = (strapi: Core.Strapi) => {
  const absolute = (strapi.config.get('server.absoluteUrl') as string | undefined) || (strapi.config.get('server.url') as string | undefined) || '';
  const prefix = (strapi.config.get('api.rest.prefix') as string | undefined) ?? '/api';
  return `${absolute.replace(/\/$/, '')}${prefix}`;
};

export const confirmLink = (strapi: Core.Strapi, token: string) => {
  const page = getSettings(strapi).alerts.confirmUrl;
  const base = page ?? `${serverUrl(strapi)}${ALERT_PATHS.confirm}`;
  return `${base}${base.includes('?') ? '&' : '?'}token=${encodeURIComponent(token)}`;
};

export const unsubscribeLink = (strapi: Core.Strapi, token: string) => `${serverUrl(strapi)}${ALERT_PATHS.unsubscribe}?token=${encodeURIComponent(token)}`;
