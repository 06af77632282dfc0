import type { StrapiApp } from '@strapi/strapi/admin';
import { CONTENT_TYPE_NAMES_DE } from './content-type-names';
import { registerDeliveryLog } from './delivery-log';
import { registerModeration } from './moderation';
import { SeriesOverviewPanel } from './series-overview/series-overview-panel';

const PLUGIN_ID = 'showrunner';
const LANGUAGE_KEY = 'strapi-admin-language';

type Panel = { type?: string };
type ContentManagerApis = { addEditViewSidePanel(reducer: (panels: Panel[]) => unknown[]): void };
type AdminApp = StrapiApp & { configurations: { locales: string[] } };

export default {
  register(app: AdminApp) {
    app.registerPlugin({ id: PLUGIN_ID, name: 'Showrunner' });
    registerModeration(app);
    registerDeliveryLog(app);
    // The newsroom works in German: the admin offers it even when the host app lists only English.
    if (!app.configurations.locales.includes('de')) app.configurations.locales.push('de');
  },
  bootstrap(app: StrapiApp) {
    // Strapi shows English until someone picks a language; a language chosen in the profile still wins.
    if (!window.localStorage.getItem(LANGUAGE_KEY)) window.localStorage.setItem(LANGUAGE_KEY, 'de');

    // Right under "Veröffentlichen", so a series' seasons, credits and renewals are the first thing in view.
    (app.getPlugin('content-manager').apis as ContentManagerApis).addEditViewSidePanel((panels) => {
      const afterActions = panels.findIndex((panel) => panel.type === 'actions') + 1;
      return [...panels.slice(0, afterActions), SeriesOverviewPanel, ...panels.slice(afterActions)];
    });
  },
  // The Content Manager looks content-type display names up as message ids, so German names are translations.
  async registerTrads({ locales }: { locales: string[] }) {
    return locales.map((locale) => ({ locale, data: locale === 'de' ? CONTENT_TYPE_NAMES_DE : {} }));
  },
};
