import Link from 'next/link';
import { notFound } from 'next/navigation';
import { FollowButton } from '../../../../components/follow-button';
import { publicQuery } from '../../../../lib/api';
import { mediaUrl } from '../../../../lib/config';
import { apiLocale, dictionary, fallbackLang, formatDateTime, formatPartialDate } from '../../../../lib/i18n';
import { localeOf, type SlugParams } from '../../../../lib/route';
import { PersonPage } from '../../../../queries/public';

export default async function PersonRoute({ params }: { params: SlugParams }) {
  const locale = await localeOf(params);
  const { slug } = await params;
  const t = dictionary(locale);
  const { person } = await publicQuery(PersonPage, { slug, locale: apiLocale(locale) });
  if (!person) notFound();
  const photo = mediaUrl(person.photo?.url);
  return (
    <article>
      <title>{`${person.name} · Showrunner`}</title>
      <h1>{person.name}</h1>
      <div className="facts">
        {person.birthDate ? <span>* {formatPartialDate(locale, person.birthDate)}</span> : person.birthYear && <span>* {person.birthYear}</span>}
      </div>
      <FollowButton kind="person" slug={person.slug} locale={locale} initialCount={person.followerCount} />
      {person.photo && (
        <figure>
          {photo && <img src={photo} alt={person.photo.alternativeText ?? person.name} width={240} />}
          <figcaption>
            {person.photo.caption} {t.imageCredit}: {person.photo.credit}
          </figcaption>
        </figure>
      )}
      {person.biography && (
        <>
          <h2>{t.biography}</h2>
          <p>{person.biography}</p>
        </>
      )}
      <h2>{t.credits}</h2>
      <ul className="list">
        {person.credits.map((credit) => (
          <li key={`${credit.series.id}-${credit.department}`}>
            <Link href={`/${locale}/series/${credit.series.slug}`}>{credit.series.title}</Link>{' '}
            <span className="muted">
              {[...credit.characters, ...credit.jobs.map((job) => job.replace(/_/g, ' ').toLowerCase())].join(', ')}
              {credit.seasons.length > 0 && ` · ${credit.seasons.map((number) => t.season(number)).join(', ')}`}
            </span>
          </li>
        ))}
      </ul>
      {person.relatives.length > 0 && (
        <>
          <h2>{t.relatives}</h2>
          <ul className="list">
            {person.relatives.map((relative) => (
              <li key={relative.person.id}>
                <Link href={`/${locale}/people/${relative.person.slug}`}>{relative.person.name}</Link>{' '}
                <span className="muted">{relative.detail ?? relative.kind.toLowerCase()}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {person.knownFor.length > 0 && (
        <>
          <h2>{t.knownFor}</h2>
          <ul className="cards">
            {person.knownFor.map((series) => (
              <li key={series.id}>
                <Link href={`/${locale}/series/${series.slug}`}>{series.title}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {person.news.nodes.length > 0 && (
        <>
          <h2>{t.news}</h2>
          <ul className="list">
            {person.news.nodes.map((article) => (
              <li key={article.id} lang={fallbackLang(locale, article.locale)}>
                <Link href={`/${locale}/news/${article.slug}`}>{article.headline}</Link>{' '}
                <time dateTime={article.publishedAt}>{formatDateTime(locale, article.publishedAt)}</time>
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}
