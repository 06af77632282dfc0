import { notFound } from 'next/navigation';
import { ArticleView } from '../../../../components/article-view';
import { Comments } from '../../../../components/comments';
import { publicQuery } from '../../../../lib/api';
import { apiLocale } from '../../../../lib/i18n';
import { localeOf, type SlugParams } from '../../../../lib/route';
import { ArticlePage } from '../../../../queries/public';

export default async function ArticleRoute({ params }: { params: SlugParams }) {
  const locale = await localeOf(params);
  const { slug } = await params;
  const { article } = await publicQuery(ArticlePage, { slug, locale: apiLocale(locale) });
  if (!article) notFound();
  return (
    <>
      <title>{`${article.headline} · Showrunner`}</title>
      <ArticleView article={article} locale={locale} />
      <Comments slug={article.slug} locale={locale} initial={article.comments} />
    </>
  );
}
