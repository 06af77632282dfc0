import { UID } from './uids';

/** The feed's own content type: hidden, and deliberately not in `UID` (the editorial types roles are granted on). */
export const CHANGE_UID = 'plugin::showrunner.change';

/**
 * Content types the public API shows; only their changes go into the change feed (by singular
 * name, e.g. `status-event`). Reader data, webhooks and the feed itself are not content.
 */
export const PUBLIC_CONTENT_TYPES = {
  series: UID.series,
  season: UID.season,
  episode: UID.episode,
  person: UID.person,
  credit: UID.credit,
  'status-event': UID.statusEvent,
  article: UID.article,
  platform: UID.platform,
  company: UID.company,
  franchise: UID.franchise,
  genre: UID.genre,
  outlet: UID.outlet,
  author: UID.author,
  category: UID.category,
} as const;

export type PublicContentType = keyof typeof PUBLIC_CONTENT_TYPES;

export const publicContentTypeOf = (uid: string): PublicContentType | null =>
  (Object.keys(PUBLIC_CONTENT_TYPES) as PublicContentType[]).find((name) => PUBLIC_CONTENT_TYPES[name] === uid) ?? null;

/** What happened to a public document. UNPUBLISHED and DELETED are tombstones: no content, only which document. */
export type ChangeKind = 'published' | 'updated' | 'unpublished' | 'deleted';

/** One row of the change feed; `sequence` orders the feed and commits in order. */
export interface ChangeRecord {
  sequence: number;
  type: PublicContentType;
  documentId: string;
  slug: string | null;
  locale: string | null;
  kind: ChangeKind;
  occurredAt: string;
}
