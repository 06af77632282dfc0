/** The domain events integrations can subscribe to; docs/webhooks.md describes each payload. */
export const EVENT_TYPES = [
  'series.renewed',
  'series.status_changed',
  'season.announced',
  'credit.added',
  'article.published',
  'article.updated',
  'article.unpublished',
  'content.published',
  'broadcast.upcoming',
] as const;

export type EventType = (typeof EVENT_TYPES)[number];

const KNOWN = new Set<string>(EVENT_TYPES);

/** A filter entry is an event type, a family ("article.*") or "*"; an empty filter receives everything. */
export const isValidFilterEntry = (entry: string) =>
  entry === '*' || KNOWN.has(entry) || (entry.endsWith('.*') && EVENT_TYPES.some((type) => type.startsWith(entry.slice(0, -1))));

export const matchesFilter = (type: string, filter: readonly string[] | null | undefined) =>
  !filter?.length || filter.some((entry) => entry === '*' || entry === type || (entry.endsWith('.*') && type.startsWith(entry.slice(0, -1))));

/** Returns the entries that name no event, so an editor's typo is rejected instead of silently matching nothing. */
export const invalidFilterEntries = (filter: unknown): string[] => {
  if (filter == null) return [];
  if (!Array.isArray(filter)) return [String(JSON.stringify(filter))];
  return filter.filter((entry) => typeof entry !== 'string' || !isValidFilterEntry(entry)).map(String);
};
