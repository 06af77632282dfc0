import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { SiteHeader } from '../../components/site-header';
import { LOCALES } from '../../lib/i18n';
import { localeOf, type LocaleParams } from '../../lib/route';
import '../globals.css';

export const generateStaticParams = () => LOCALES.map((locale) => ({ locale }));

export const metadata: Metadata = { title: { default: 'Showrunner', template: '%s · Showrunner' } };

/** The root layout of every public and reader page: `lang` follows the locale in the URL. */
export default async function LocaleLayout({ children, params }: { children: ReactNode; params: LocaleParams }) {
  const locale = await localeOf(params);
  return (
    <html lang={locale}>
      <body>
        <SiteHeader locale={locale} />
        <main>{children}</main>
      </body>
    </html>
  );
}
