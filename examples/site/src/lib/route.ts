import { notFound } from 'next/navigation';
import { isLocale, type SiteLocale } from './i18n';

export type LocaleParams = Promise<{ locale: string }>;
export type SlugParams = Promise<{ locale: string; slug: string }>;

/** The locale segment of the URL; anything but de and en is a 404. */
export const localeOf = async (params: Promise<{ locale: string }>): Promise<SiteLocale> => {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return locale;
};
