import type { ArticleEntity, PersonEntity, SeriesEntity } from './content';
import type { PageSource } from './aggregates';

/** A reader's comment as the read path returns it; `authorId` stays on the server (it decides `viewerCanDelete`). */
export interface CommentEntity {
  rowId: number;
  documentId: string;
  body: string;
  authorName: string;
  postedAt: string | null;
  moderation: 'visible' | 'reported' | 'hidden';
  deletedByAuthorAt: string | null;
  authorId: number | null;
}

export type FollowedEntity = (SeriesEntity & { __typename: 'Series' }) | (PersonEntity & { __typename: 'Person' });

export interface FollowValue {
  followedAt: string;
  node: FollowedEntity;
}

/** A keyset-paged list: each item carries its own cursor. */
export interface KeysetPage<T> {
  items: { cursor: string; node: T }[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  count: () => Promise<number>;
}

export type FeedPage = KeysetPage<ArticleEntity>;
export type FollowPage = PageSource<FollowValue>;
