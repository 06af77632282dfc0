import Link from 'next/link';
import { dictionary, type SiteLocale } from '../lib/i18n';
import { LanguageSwitch } from './language-switch';
import { ReaderNav } from './reader-nav';

export const SiteHeader = ({ locale }: { locale: SiteLocale }) => {
  const t = dictionary(locale);
  return (
    <header className="site-header">
      <Link href={`/${locale}`} className="brand">
        {t.siteName}
        <span>{t.tagline}</span>
      </Link>
      <form action={`/${locale}/search`} role="search" className="search-form">
        <input type="search" name="q" placeholder={t.searchPlaceholder} aria-label={t.search} minLength={2} required />
        <button type="submit">{t.search}</button>
      </form>
      <ReaderNav locale={locale} />
      <LanguageSwitch locale={locale} />
    </header>
  );
};
