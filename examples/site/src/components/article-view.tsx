import Link from 'next/link';
import type { ArticleFieldsFragment } from '../gql/graphql';
import { mediaUrl } from '../lib/config';
import { dictionary, fallbackLang, formatDateTime, type SiteLocale } from '../lib/i18n';
import { Blocks } from './blocks';

/**
 * An article as readers see it: the update log on top, newest first ("UPDATE" over "ZUVOR"),
 * then the original text from its blocks, sources and the lead image's credit.
 */
export const ArticleView = ({ article, locale }: { article: ArticleFieldsFragment; locale: SiteLocale }) => {
  const t = dictionary(locale);
  const image = mediaUrl(article.leadImage?.url);
  return (
    <article lang={fallbackLang(locale, article.locale)}>
      {article.kicker && <div className="kicker">{article.kicker}</div>}
      <h1>{article.headline}</h1>
      <div className="facts">
        {article.author && (
          <span>
            {t.by} {article.author.name}
          </span>
        )}
        <time dateTime={article.publishedAt}>{formatDateTime(locale, article.publishedAt)}</time>
        {article.category && <span>{article.category.name}</span>}
      </div>
      {article.leadImage && (
        <figure>
          {image && <img src={image} alt={article.leadImage.alternativeText ?? ''} style={{ maxWidth: '100%' }} />}
          <figcaption>
            {article.leadImage.caption}
            {article.leadImage.caption && ' · '}
            {t.imageCredit}: {article.leadImage.credit}
          </figcaption>
        </figure>
      )}
      {article.teaser && (
        <p>
          <strong>{article.teaser}</strong>
        </p>
      )}
      {article.updates.map((update, index) => (
        <section key={index} className="update">
          <span className="label">{t.updateLabel[update.label]}</span>
          {update.postedAt && (
            <>
              {' '}
              <time dateTime={update.postedAt}>{formatDateTime(locale, update.postedAt)}</time>
            </>
          )}
          <p>{update.text}</p>
        </section>
      ))}
      {article.updates.length > 0 && <div className="before">{t.before}</div>}
      <div className="body">
        <Blocks value={article.body} />
      </div>
      {article.sources.length > 0 && (
        <p className="muted">
          {t.sources}:{' '}
          {article.sources.map((source, index) => (
            <span key={source.id}>
              {index > 0 && ', '}
              {source.url ? (
                <a href={source.url} rel="noopener noreferrer">
                  {source.name}
                </a>
              ) : (
                source.name
              )}
            </span>
          ))}
        </p>
      )}
      {article.series.length + article.people.length > 0 && (
        <p className="muted">
          {article.series.map((series) => (
            <Link key={series.id} href={`/${locale}/series/${series.slug}`}>
              {series.title}{' '}
            </Link>
          ))}
          {article.people.map((person) => (
            <Link key={person.id} href={`/${locale}/people/${person.slug}`}>
              {person.name}{' '}
            </Link>
          ))}
        </p>
      )}
    </article>
  );
};
