'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import { execute } from '../lib/client';
import { dictionary, type SiteLocale } from '../lib/i18n';
import { ViewerSummary } from '../queries/reader';

/**
 * The signed-in part of the header, loaded in the browser: the public HTML stays the same for
 * every reader, so a CDN may cache it; what is personal arrives afterwards, never cached.
 */
export const ReaderNav = ({ locale }: { locale: SiteLocale }) => {
  const t = dictionary(locale);
  const [name, setName] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    execute(ViewerSummary, {}).then((answer) => setName(answer.data?.viewer?.displayName ?? null));
  }, []);
  const logOut = async () => {
    await fetch('/api/session', { method: 'DELETE' });
    window.location.assign(`/${locale}`);
  };
  if (name === undefined) return <nav className="reader-nav" aria-busy="true" />;
  if (name === null)
    return (
      <nav className="reader-nav">
        <Link href={`/${locale}/login`}>{t.login}</Link>
        <Link href={`/${locale}/register`}>{t.register}</Link>
      </nav>
    );
  return (
    <nav className="reader-nav" aria-label={name}>
      <Link href={`/${locale}/wunschliste`}>{t.watchlist}</Link>
      <Link href={`/${locale}/feed`}>{t.feed}</Link>
      <Link href={`/${locale}/notifications`}>{t.notifications}</Link>
      <Link href={`/${locale}/account`} title={name}>
        {t.account}
      </Link>
      <button type="button" className="link" onClick={logOut}>
        {t.logout}
      </button>
    </nav>
  );
};
