import type { StrapiApp } from '@strapi/strapi/admin';
import { CONTENT_TYPE_NAMES_DE } from './content-type-names';
import { SeriesOverviewPanel } from './series-overview/series-overview-panel';

const LANGUAGE_KEY = 'strapi-admin-language';

type Panel = { type?: string };
type ContentManagerApis = { addEditViewSidePanel(reducer: (panels: Panel[]) => unknown[]): void };

export default {
  config: {
    locales: ['de'],
    translations: { de: CONTENT_TYPE_NAMES_DE },
  },
  bootstrap(app: StrapiApp) {
    // Strapi shows English until someone picks a language; the newsroom works in German.
    // A language chosen in the profile still wins once the user has logged in.
    if (!window.localStorage.getItem(LANGUAGE_KEY)) window.localStorage.setItem(LANGUAGE_KEY, 'de');

    // Right under "Veröffentlichen", so a series' seasons, credits and renewals are the first thing in view.
    (app.getPlugin('content-manager').apis as ContentManagerApis).addEditViewSidePanel((panels) => {
      const afterActions = panels.findIndex((panel) => panel.type === 'actions') + 1;
      return [...panels.slice(0, afterActions), SeriesOverviewPanel, ...panels.slice(afterActions)];
    });
  },
};
