/**
 * The thin references payloads are made of: ids and slugs to look things up, plus the few fields
 * a receiver needs to act without a round trip (a headline for a push, a season number).
 */
export type Row = Record<string, any>;

const compact = <T extends Record<string, unknown>>(value: T) => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;

export const seriesRef = (row: Row | null | undefined) => (row ? compact({ documentId: row.documentId, slug: row.slug, title: row.title }) : null);

export const seasonRef = (row: Row | null | undefined) => (row ? compact({ documentId: row.documentId, number: row.number, title: row.title ?? null }) : null);

export const personRef = (row: Row | null | undefined) => (row ? compact({ documentId: row.documentId, slug: row.slug, name: row.name }) : null);

export const articleRef = (row: Row) => ({
  documentId: row.documentId,
  slug: row.slug,
  locale: row.locale ?? null,
  headline: row.headline,
  publishedOn: row.publishedOn ?? null,
});

export const creditRef = (row: Row) => ({
  documentId: row.documentId,
  department: row.department,
  billing: row.billing ?? null,
  character: row.character ?? null,
  job: row.job ?? null,
});

export const statusEventRef = (row: Row) => ({
  documentId: row.documentId,
  kind: row.kind,
  reportedAt: row.reportedAt ?? null,
  reportUrl: row.reportUrl ?? null,
  confirmedOn: row.confirmedOn ?? null,
});

/** For content.published: whatever names the document for a human, and its slug when it has one. */
export const genericRef = (contentType: string, row: Row) =>
  compact({
    contentType,
    documentId: row.documentId,
    locale: row.locale ?? null,
    slug: row.slug,
    label: row.title ?? row.name ?? row.headline ?? row.kind ?? row.character ?? undefined,
  });

/** Which relations each payload reads, with the fields it needs from them. */
export const PAYLOAD_RELATIONS: Record<string, Record<string, string[]>> = {
  'plugin::showrunner.season': { series: ['documentId', 'slug', 'title'] },
  'plugin::showrunner.credit': {
    person: ['documentId', 'slug', 'name'],
    series: ['documentId', 'slug', 'title'],
    seasons: ['documentId', 'number', 'title'],
  },
  'plugin::showrunner.status-event': { series: ['documentId', 'slug', 'title'], season: ['documentId', 'number', 'title'] },
  'plugin::showrunner.article': { series: ['documentId', 'slug', 'title'] },
};
