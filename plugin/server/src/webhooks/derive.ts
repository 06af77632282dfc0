import type { EventType } from './catalogue';
import { articleRef, creditRef, genericRef, personRef, seasonRef, seriesRef, statusEventRef, type Row } from './payloads';

/** One published version of a document (a locale), as it was before or after a write. */
export interface Version {
  locale: string | null;
  /** The published row, with the relations its payload names. */
  row: Row;
  /** What an editor can change, normalized for comparison; absent when there was nothing to compare against. */
  values?: Record<string, unknown>;
}

export interface DocumentChange {
  uid: string;
  /** The content type's singular name, as receivers see it. */
  contentType: string;
  documentId: string;
  action: 'save' | 'publish' | 'unpublish' | 'delete';
  /** Locales the action wrote; other locales may have been synced along but are not the news. */
  touched: (string | null)[];
  before: Version[];
  after: Version[];
  /** Event types already recorded for this document, so "first time" survives unpublish and republish. */
  history: ReadonlySet<string>;
}

export interface DerivedEvent {
  type: EventType;
  locale: string | null;
  data: Record<string, unknown>;
}

interface Transition {
  locale: string | null;
  prev?: Version;
  next?: Version;
}

const stable = (value: unknown) => JSON.stringify(value ?? null);

export const changedFields = (prev?: Record<string, unknown>, next?: Record<string, unknown>) => {
  if (!prev || !next) return [];
  const names = new Set([...Object.keys(prev), ...Object.keys(next)]);
  return [...names].filter((name) => stable(prev[name]) !== stable(next[name])).sort();
};

const isRepublishWithoutChange = ({ prev, next }: Transition) => Boolean(prev && next && changedFields(prev.values, next.values).length === 0);

type Rule = (change: DocumentChange, transitions: Transition[]) => DerivedEvent[];

/** Status is not localized: one change is one event, however many locales were published along. */
const seriesRule: Rule = (change, transitions) => {
  if (change.before.length === 0) return [];
  const previous = new Set(change.before.map((version) => version.row.seriesStatus ?? null));
  const moved = transitions.find(({ next }) => next && !previous.has(next.row.seriesStatus ?? null));
  if (!moved?.next) return [];
  const from = (moved.prev ?? change.before[0]).row.seriesStatus ?? null;
  return [
    {
      type: 'series.status_changed',
      locale: moved.locale,
      data: {
        series: { ...seriesRef(moved.next.row), locale: moved.locale },
        from,
        to: moved.next.row.seriesStatus ?? null,
        changed: changedFields(moved.prev?.values, moved.next.values),
      },
    },
  ];
};

const firstPublish =
  (type: EventType, data: (row: Row) => Record<string, unknown>): Rule =>
  (change, transitions) =>
    change.history.has(type) ? [] : transitions.filter(({ prev, next }) => next && !prev).map(({ locale, next }) => ({ type, locale, data: data(next!.row) }));

const seasonRule = firstPublish('season.announced', (row) => ({
  season: {
    ...seasonRef(row),
    status: row.seasonStatus ?? null,
    episodeCount: row.episodeCount ?? null,
    premiereDate: row.premiereDate ?? null,
    premiereDatePrecision: row.premiereDate ? (row.premiereDatePrecision ?? 'day') : null,
    releasePattern: row.releasePattern ?? null,
  },
  series: seriesRef(row.series),
}));

const creditRule = firstPublish('credit.added', (row) => ({
  credit: creditRef(row),
  person: personRef(row.person),
  series: seriesRef(row.series),
  seasons: (row.seasons ?? []).map(seasonRef),
}));

/** A renewal is news once: when a status event first goes public as "renewed" (also if its kind is corrected to it). */
const statusEventRule: Rule = (change, transitions) => {
  if (change.history.has('series.renewed')) return [];
  return transitions
    .filter(({ prev, next }) => next?.row.kind === 'renewed' && prev?.row.kind !== 'renewed')
    .map(({ locale, next }) => ({
      type: 'series.renewed' as const,
      locale,
      data: { statusEvent: statusEventRef(next!.row), series: seriesRef(next!.row.series), season: seasonRef(next!.row.season) },
    }));
};

const articleRule: Rule = (change, transitions) =>
  transitions.flatMap((transition): DerivedEvent[] => {
    const { locale, prev, next } = transition;
    const series = (version: Version) => (version.row.series ?? []).map(seriesRef);
    if (next && !prev) return [{ type: 'article.published', locale, data: { article: articleRef(next.row), series: series(next) } }];
    if (next && prev) {
      if (isRepublishWithoutChange(transition)) return [];
      const changed = changedFields(prev.values, next.values);
      return [{ type: 'article.updated', locale, data: { article: articleRef(next.row), series: series(next), changed } }];
    }
    return [{ type: 'article.unpublished', locale, data: { article: articleRef(prev!.row), deleted: change.action === 'delete' } }];
  });

const RULES: Record<string, Rule> = {
  'plugin::showrunner.series': seriesRule,
  'plugin::showrunner.season': seasonRule,
  'plugin::showrunner.credit': creditRule,
  'plugin::showrunner.status-event': statusEventRule,
  'plugin::showrunner.article': articleRule,
};

const contentPublished = (change: DocumentChange, transition: Transition): DerivedEvent => ({
  type: 'content.published',
  locale: transition.locale,
  data: {
    ...genericRef(change.contentType, transition.next!.row),
    newlyPublished: !transition.prev,
    ...(transition.prev ? { changed: changedFields(transition.prev.values, transition.next!.values) } : {}),
  },
});

/**
 * Turns one write into the domain events it means: the specific events of the type's rule, or
 * else one content.published per published locale that actually changed. Unpublishing and
 * deleting are news only for articles.
 */
export const deriveEvents = (change: DocumentChange): DerivedEvent[] => {
  const before = new Map(change.before.map((version) => [version.locale, version]));
  const after = new Map(change.after.map((version) => [version.locale, version]));
  const transitions = [...new Set(change.touched)]
    .map((locale) => ({ locale, prev: before.get(locale), next: after.get(locale) }))
    .filter(({ prev, next }) => prev || next);
  if (transitions.length === 0) return [];

  const specific = RULES[change.uid]?.(change, transitions) ?? [];
  if (specific.length > 0 || change.uid === 'plugin::showrunner.article') return specific;
  return transitions.filter((t) => t.next && !isRepublishWithoutChange(t)).map((t) => contentPublished(change, t));
};
