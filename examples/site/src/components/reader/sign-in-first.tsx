import Link from 'next/link';
import { dictionary, type SiteLocale } from '../../lib/i18n';

export const SignInFirst = ({ locale, title }: { locale: SiteLocale; title: string }) => {
  const t = dictionary(locale);
  return (
    <>
      <h1>{title}</h1>
      <p>
        <Link href={`/${locale}/login`}>{t.login}</Link> · <Link href={`/${locale}/register`}>{t.register}</Link>
      </p>
    </>
  );
};
