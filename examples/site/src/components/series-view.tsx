import Link from 'next/link';
import type { SeriesPageQuery } from '../gql/graphql';
import { dictionary, fallbackLang, formatDateTime, formatNumber, formatPartialDate, type SiteLocale } from '../lib/i18n';
import { FollowButton } from './follow-button';

type Series = NonNullable<SeriesPageQuery['series']>;
type Metric = Series['audienceMetrics'][number];

const period = (locale: SiteLocale, metric: Metric) => {
  if (!metric.periodStart) return '';
  const precision = metric.periodGranularity === 'MONTH' ? 'MONTH' : 'DAY';
  const start = formatPartialDate(locale, metric.periodStart, precision);
  if (!metric.periodEnd || metric.periodGranularity === 'MONTH') return start;
  return `${start} – ${formatPartialDate(locale, metric.periodEnd, precision)}`;
};

/** The Ballard page: everything one SeriesPage query returns, rendered on the server. */
export const SeriesView = ({ series, locale, preview = false }: { series: Series; locale: SiteLocale; preview?: boolean }) => {
  const t = dictionary(locale);
  return (
    <article>
      <h1>{series.title}</h1>
      <div className="facts">
        {series.status && <span>{t.status[series.status]}</span>}
        {series.originalNetwork && (
          <span>
            {t.network}: {series.originalNetwork.name}
            {!series.originalNetwork.active && ` (${t.defunct})`}
          </span>
        )}
        {series.platforms.length > 0 && (
          <span>
            {t.platforms}: {series.platforms.map((platform) => platform.name).join(', ')}
          </span>
        )}
      </div>
      {!preview && (
        <>
          <FollowButton kind="series" slug={series.slug} locale={locale} initialCount={series.followerCount} />
          <Link href={`/${locale}/notifications`}>{t.emailAlerts}</Link>
        </>
      )}
      {series.synopsis && <p className="synopsis">{series.synopsis}</p>}
      {series.spinoffOf && (
        <p>
          {t.spinoffOf} <Link href={`/${locale}/series/${series.spinoffOf.slug}`}>{series.spinoffOf.title}</Link>
        </p>
      )}

      <section aria-labelledby="cast">
        <h2 id="cast">{t.cast}</h2>
        <table>
          <tbody>
            {series.cast.nodes.map((member) => (
              <tr key={member.person.id}>
                <td>
                  <Link href={`/${locale}/people/${member.person.slug}`}>{member.person.name}</Link>
                </td>
                <td>
                  {member.roles
                    .map((role) => [role.character, role.sourceCharacterName && `(${role.sourceCharacterName})`].filter(Boolean).join(' '))
                    .filter(Boolean)
                    .join(', ')}
                </td>
                <td className="muted">{member.seasons.map((number) => t.season(number)).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="crew">
        <h2 id="crew">{t.crew}</h2>
        <ul className="list">
          {series.crew.nodes.map((member) => (
            <li key={member.person.id}>
              <Link href={`/${locale}/people/${member.person.slug}`}>{member.person.name}</Link>{' '}
              <span className="muted">
                {member.jobs
                  .map((job) => [job.job.replace(/_/g, ' ').toLowerCase(), job.onBehalfOf && `(${job.onBehalfOf.name})`].filter(Boolean).join(' '))
                  .join(', ')}
              </span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="seasons">
        <h2 id="seasons">{t.seasons}</h2>
        {series.seasons.map((season) => (
          <div key={season.id} className="panel">
            <strong>{season.title ?? t.season(season.number)}</strong>{' '}
            <span className="muted">
              {[
                season.episodeCount !== null && season.episodeCount !== undefined && t.episodes(season.episodeCount),
                season.premiere && formatPartialDate(locale, season.premiere.date, season.premiere.precision),
                season.productionStart && `${t.filming} ${formatPartialDate(locale, season.productionStart.date, season.productionStart.precision)}`,
              ]
                .filter(Boolean)
                .join(' · ')}
            </span>
            {season.episodes.length > 0 && (
              <ol>
                {season.episodes.map((episode) => (
                  <li key={episode.id}>{episode.title}</li>
                ))}
              </ol>
            )}
          </div>
        ))}
      </section>

      <section aria-labelledby="renewals">
        <h2 id="renewals">{t.renewals}</h2>
        <ul className="list">
          {series.renewals.map((event) => (
            <li key={event.id}>
              <strong>
                {event.season ? `${t.season(event.season.number)}: ` : ''}
                {t.eventKind[event.kind]}
              </strong>
              <div>
                {event.reportedAt && event.reportedBy && t.reportedBy(event.reportedBy.name, formatDateTime(locale, event.reportedAt))}
                {event.reportedAt && event.reportedBy && ', '}
                {event.confirmed
                  ? t.confirmedBy(event.confirmedBy?.name ?? '?', formatPartialDate(locale, event.confirmed.date, event.confirmed.precision))
                  : t.unconfirmed}
              </div>
              {event.statement && (
                <blockquote>
                  „{event.statement.text}“ — {event.statement.by.map((person) => person.name).join(', ')}
                </blockquote>
              )}
            </li>
          ))}
        </ul>
      </section>

      {series.spinoffs.length > 0 && (
        <section aria-labelledby="spinoffs">
          <h2 id="spinoffs">{t.spinoffs}</h2>
          <ul className="cards">
            {series.spinoffs.map((spinoff) => (
              <li key={spinoff.id}>
                <Link href={`/${locale}/series/${spinoff.slug}`}>{spinoff.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      {(series.criticScores.length > 0 || series.audienceMetrics.length > 0) && (
        <section aria-labelledby="numbers">
          <h2 id="numbers">
            {t.criticScores} · {t.audience}
          </h2>
          <table>
            <tbody>
              {series.criticScores.map((score) => (
                <tr key={`${score.provider}-${score.seasonNumber}`}>
                  <td>{score.metric ?? score.provider}</td>
                  <td>
                    <strong>
                      {formatNumber(locale, score.value)}
                      {score.maxValue ? ` / ${formatNumber(locale, score.maxValue)}` : ''}
                    </strong>
                  </td>
                  <td className="muted">
                    {t.provider}: {score.provider}
                    {score.asOf && `, ${formatPartialDate(locale, score.asOf)}`}
                  </td>
                </tr>
              ))}
              {series.audienceMetrics.map((metric, index) => (
                <tr key={index}>
                  <td>{metric.chart ?? metric.metric.replace(/_/g, ' ').toLowerCase()}</td>
                  <td>
                    <strong>{metric.value !== null && metric.value !== undefined ? formatNumber(locale, metric.value) : metric.valueNote}</strong>
                  </td>
                  <td className="muted">
                    {t.period}: {period(locale, metric)}
                    {metric.region && ` (${metric.region})`}, {t.provider}: {metric.provider}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      <section aria-labelledby="news">
        <h2 id="news">{t.news}</h2>
        <ul className="list">
          {series.news.nodes.map((article) => (
            <li key={article.id} lang={fallbackLang(locale, article.locale)}>
              {article.kicker && <div className="kicker">{article.kicker}</div>}
              <Link href={`/${locale}/news/${article.slug}`}>{article.headline}</Link>{' '}
              <time dateTime={article.publishedAt}>{formatDateTime(locale, article.publishedAt)}</time>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
};
