import { notFound } from 'next/navigation';
import { SeriesView } from '../../../../components/series-view';
import { publicQuery } from '../../../../lib/api';
import { apiLocale } from '../../../../lib/i18n';
import { localeOf, type SlugParams } from '../../../../lib/route';
import { SeriesPage } from '../../../../queries/public';

export default async function SeriesRoute({ params }: { params: SlugParams }) {
  const locale = await localeOf(params);
  const { slug } = await params;
  const { series } = await publicQuery(SeriesPage, { slug, locale: apiLocale(locale) });
  if (!series) notFound();
  return (
    <>
      <title>{`${series.title} · Showrunner`}</title>
      <SeriesView series={series} locale={locale} />
    </>
  );
}
