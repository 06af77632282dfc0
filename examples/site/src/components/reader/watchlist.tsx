'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import type { WatchlistQuery } from '../../gql/graphql';
import { execute } from '../../lib/client';
import { apiLocale, dictionary, formatDateTime, type SiteLocale } from '../../lib/i18n';
import { UnfollowPerson, UnfollowSeries, Watchlist as WatchlistDocument } from '../../queries/reader';
import { SignInFirst } from './sign-in-first';

type Viewer = NonNullable<WatchlistQuery['viewer']>;

/** "Meine Wunschliste": what the reader follows, newest first, each removable in place. */
export const Watchlist = ({ locale }: { locale: SiteLocale }) => {
  const t = dictionary(locale);
  const [viewer, setViewer] = useState<Viewer | null | undefined>(undefined);
  const load = async () => setViewer((await execute(WatchlistDocument, { locale: apiLocale(locale) })).data?.viewer ?? null);
  useEffect(() => {
    void load();
  }, []);

  if (viewer === undefined) return <h1>{t.watchlist}</h1>;
  if (viewer === null) return <SignInFirst locale={locale} title={t.watchlist} />;
  const remove = async (node: Viewer['follows']['nodes'][number]['node']) => {
    if (node.__typename === 'Series') await execute(UnfollowSeries, { input: { series: node.slug } });
    else await execute(UnfollowPerson, { input: { person: node.slug } });
    await load();
  };
  return (
    <>
      <h1>{t.watchlist}</h1>
      {viewer.follows.totalCount === 0 && <p>{t.emptyWatchlist}</p>}
      <ul className="list">
        {viewer.follows.nodes.map(({ node, followedAt }) => (
          <li key={node.id}>
            {node.__typename === 'Series' ? (
              <>
                <span className="kicker">{t.series}</span> <Link href={`/${locale}/series/${node.slug}`}>{node.title}</Link>
              </>
            ) : (
              <>
                <span className="kicker">{t.cast}</span> <Link href={`/${locale}/people/${node.slug}`}>{node.name}</Link>
              </>
            )}{' '}
            <time dateTime={followedAt}>{formatDateTime(locale, followedAt)}</time>{' '}
            <button type="button" className="secondary" onClick={() => remove(node)}>
              {t.unfollow}
            </button>
          </li>
        ))}
      </ul>
      <p>
        <Link href={`/${locale}/feed`}>
          {t.feed} ({viewer.feed.totalCount})
        </Link>
      </p>
    </>
  );
};
