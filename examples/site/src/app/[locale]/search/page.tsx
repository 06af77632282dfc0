import Link from 'next/link';
import { publicQuery } from '../../../lib/api';
import { apiLocale, dictionary, fallbackLang } from '../../../lib/i18n';
import { localeOf, type LocaleParams } from '../../../lib/route';
import { SearchPage } from '../../../queries/public';

export default async function SearchRoute({ params, searchParams }: { params: LocaleParams; searchParams: Promise<{ q?: string }> }) {
  const locale = await localeOf(params);
  const t = dictionary(locale);
  const query = ((await searchParams).q ?? '').trim();
  // The API refuses one-letter searches (BAD_USER_INPUT); the form asks for two.
  const result = query.length >= 2 ? (await publicQuery(SearchPage, { query, locale: apiLocale(locale) })).search : null;
  return (
    <>
      <h1>{t.search}</h1>
      {result && <p className="muted">{t.searchResults(result.totalCount, query)}</p>}
      <ul className="list">
        {result?.nodes.map((hit) => (
          <li key={hit.id}>
            {hit.__typename === 'Series' && (
              <>
                <span className="kicker">{t.series}</span> <Link href={`/${locale}/series/${hit.slug}`}>{hit.title}</Link>
              </>
            )}
            {hit.__typename === 'Person' && (
              <>
                <span className="kicker">{t.cast}</span> <Link href={`/${locale}/people/${hit.slug}`}>{hit.name}</Link>
              </>
            )}
            {hit.__typename === 'Article' && (
              <>
                <span className="kicker">{t.news}</span>{' '}
                <Link href={`/${locale}/news/${hit.slug}`} lang={fallbackLang(locale, hit.locale)}>
                  {hit.headline}
                </Link>
              </>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
