import { connection } from 'next/server';
import { ArticleView } from '../../components/article-view';
import { SeriesView } from '../../components/series-view';
import { ApiError, privateQuery } from '../../lib/api';
import { apiLocale, dictionary, isLocale } from '../../lib/i18n';
import { ArticlePage, SeriesPage } from '../../queries/public';

interface PreviewParams {
  type?: string;
  slug?: string;
  locale?: string;
  status?: string;
  token?: string;
}

/**
 * The route SHOWRUNNER_PREVIEW_URL points at. The admin's "Vorschau öffnen" loads
 * `/preview?type=series|article&slug=…&locale=de&status=draft&token=…` in a frame; the token goes
 * to the API as `x-preview-token`, so every field reads the draft. proxy.ts sends these answers
 * `Cache-Control: private, no-store`: a draft must never sit in a CDN.
 */
export default async function Preview({ searchParams }: { searchParams: Promise<PreviewParams> }) {
  await connection();
  const { type, slug, locale: requested = 'de', status, token } = await searchParams;
  const locale = isLocale(requested) ? requested : 'de';
  const t = dictionary(locale);
  if (!slug || !token || (type !== 'series' && type !== 'article')) return <p className="error">{t.notFound}</p>;
  const headers = { 'x-preview-token': token };
  const variables = { slug, locale: apiLocale(locale) };
  try {
    const view =
      type === 'series'
        ? await privateQuery(SeriesPage, variables, headers).then(({ series }) => series && <SeriesView series={series} locale={locale} preview />)
        : await privateQuery(ArticlePage, variables, headers).then(({ article }) => article && <ArticleView article={article} locale={locale} />);
    if (!view) return <p className="error">{t.notFound}</p>;
    return (
      <>
        {status !== 'published' && (
          <div className="draft-banner" role="status" data-draft="true">
            {t.draft}
          </div>
        )}
        {view}
      </>
    );
  } catch (error) {
    if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') return <p className="error">Preview token refused (401).</p>;
    throw error;
  }
}
