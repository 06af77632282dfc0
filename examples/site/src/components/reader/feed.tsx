'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import type { FeedQuery } from '../../gql/graphql';
import { execute } from '../../lib/client';
import { apiLocale, dictionary, fallbackLang, formatDateTime, type SiteLocale } from '../../lib/i18n';
import { Feed as FeedDocument } from '../../queries/reader';
import { SignInFirst } from './sign-in-first';

type FeedPage = NonNullable<FeedQuery['viewer']>['feed'];

/** The personal feed: news about everything on the watchlist, newest first, paged by cursor. */
export const Feed = ({ locale }: { locale: SiteLocale }) => {
  const t = dictionary(locale);
  const [pages, setPages] = useState<FeedPage[] | null | undefined>(undefined);
  const loadPage = async (after: string | null) => {
    const feed = (await execute(FeedDocument, { locale: apiLocale(locale), after })).data?.viewer?.feed;
    if (!feed) return setPages(null);
    setPages((loaded) => [...(after ? (loaded ?? []) : []), feed]);
  };
  useEffect(() => {
    void loadPage(null);
  }, []);

  if (pages === undefined) return <h1>{t.feed}</h1>;
  if (pages === null) return <SignInFirst locale={locale} title={t.feed} />;
  const last = pages[pages.length - 1];
  const articles = pages.flatMap((page) => page.nodes);
  return (
    <>
      <h1>{t.feed}</h1>
      {articles.length === 0 && <p>{t.emptyFeed}</p>}
      <ul className="list">
        {articles.map((article) => (
          <li key={article.id} lang={fallbackLang(locale, article.locale)}>
            {article.kicker && <div className="kicker">{article.kicker}</div>}
            <Link href={`/${locale}/news/${article.slug}`}>
              <strong>{article.headline}</strong>
            </Link>
            {article.teaser && <p>{article.teaser}</p>}
            <time dateTime={article.publishedAt}>{formatDateTime(locale, article.publishedAt)}</time>{' '}
            <span className="muted">{article.series.map((series) => series.title).join(', ')}</span>
          </li>
        ))}
      </ul>
      {last.pageInfo.hasNextPage && (
        <button type="button" onClick={() => loadPage(last.pageInfo.endCursor ?? null)}>
          {t.readMore}
        </button>
      )}
    </>
  );
};
