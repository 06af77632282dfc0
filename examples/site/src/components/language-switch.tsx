'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { dictionary, type SiteLocale } from '../lib/i18n';

/** The same page in the other language: only the locale segment of the URL changes. */
export const LanguageSwitch = ({ locale }: { locale: SiteLocale }) => {
  const pathname = usePathname() ?? `/${locale}`;
  const other: SiteLocale = locale === 'de' ? 'en' : 'de';
  const target = pathname.replace(/^\/(de|en)(?=\/|$)/, `/${other}`);
  return (
    <Link href={target} hrefLang={other} lang={other} className="language-switch">
      {dictionary(locale).otherLanguage}
    </Link>
  );
};
