import type { Core } from '@strapi/strapi';

const LOCALES = [
  { code: 'de', name: 'German (de)' },
  { code: 'en', name: 'English (en)' },
];

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** German is the newsroom's language and the default; English is the first fallback. */
  async ensure() {
    const locales = strapi.plugin('i18n').service('locales');
    for (const { code, name } of LOCALES) {
      if (await locales.findByCode(code)) continue;
      await locales.create({ code, name });
      if (code === 'de') await locales.setDefaultLocale({ code });
    }
  },
});
