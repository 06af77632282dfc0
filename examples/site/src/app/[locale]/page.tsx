import Link from 'next/link';
import { publicQuery } from '../../lib/api';
import { apiLocale, dictionary, fallbackLang, formatDateTime } from '../../lib/i18n';
import { localeOf, type LocaleParams } from '../../lib/route';
import { HomePage } from '../../queries/public';

export default async function Home({ params }: { params: LocaleParams }) {
  const locale = await localeOf(params);
  const t = dictionary(locale);
  const { articles, seriesList } = await publicQuery(HomePage, { locale: apiLocale(locale) });
  return (
    <>
      <h2>{t.latestNews}</h2>
      <ul className="list">
        {articles.nodes.map((article) => (
          <li key={article.id} lang={fallbackLang(locale, article.locale)}>
            {article.kicker && <div className="kicker">{article.kicker}</div>}
            <Link href={`/${locale}/news/${article.slug}`}>
              <strong>{article.headline}</strong>
            </Link>
            {article.teaser && <p>{article.teaser}</p>}
            <time dateTime={article.publishedAt}>{formatDateTime(locale, article.publishedAt)}</time>
          </li>
        ))}
      </ul>
      <h2>{t.series}</h2>
      <ul className="cards">
        {seriesList.nodes.map((series) => (
          <li key={series.id}>
            <Link href={`/${locale}/series/${series.slug}`}>
              <strong>{series.title}</strong>
            </Link>
            {series.status && <div className="muted">{t.status[series.status]}</div>}
          </li>
        ))}
      </ul>
    </>
  );
}
