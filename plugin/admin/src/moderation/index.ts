import type { StrapiApp } from '@strapi/strapi/admin';
import { ModerationIcon } from './icon';

/** The same permission the server's moderation routes ask for; the Editor role has it. */
export const MODERATE_COMMENTS = 'plugin::showrunner.moderation.manage';

/** "Moderation" in the admin's main menu, for whoever may moderate reader comments. */
export const registerModeration = (app: StrapiApp) =>
  app.addMenuLink({
    to: 'plugins/showrunner/moderation',
    icon: ModerationIcon,
    intlLabel: { id: 'showrunner.moderation.menu', defaultMessage: 'Moderation' },
    permissions: [{ action: MODERATE_COMMENTS, subject: null }],
    Component: () => import('./moderation-page').then((module) => ({ default: module.ModerationPage })),
  });
