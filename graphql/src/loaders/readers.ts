import DataLoader from 'dataloader';
import type { PageSource } from '../../../types/domain/aggregates';
import type { CommentEntity } from '../../../types/domain/readers';
import { type PageWindow, toPage } from '../pagination';
import type { Viewer } from '../readers/ports';
import type { FollowKind, ReaderData } from '../store/reader-data';

type Listing = { items: CommentEntity[]; total: number };

/** One loader per window: every parent asking for the same window shares one statement. */
const perWindow = <K, V>(load: (window: string) => DataLoader<K, V>) => {
  const loaders = new Map<string, DataLoader<K, V>>();
  return (window: string) => {
    if (!loaders.has(window)) loaders.set(window, load(window));
    return loaders.get(window)!;
  };
};

/**
 * Reader loaders of one request. What depends on the viewer is keyed by nothing else: a request
 * has one viewer, and loaders never outlive it.
 */
export const createReaderLoaders = (data: ReaderData, viewer: Viewer | null) => {
  const followed = (kind: FollowKind) =>
    new DataLoader<string, boolean>(async (ids) => {
      const found = await data.followedAmong(viewer!.id, kind, ids);
      return ids.map((id) => found.has(id));
    });
  const followers = (kind: FollowKind) =>
    new DataLoader<string, number>(async (ids) => {
      const counts = await data.followerCounts(kind, ids);
      return ids.map((id) => counts.get(id) ?? 0);
    });
  const comments = perWindow(
    (window) =>
      new DataLoader<string, Listing>(async (ids) => {
        const [offset, limit] = window.split(':').map(Number);
        const found = await data.comments(ids, offset, limit);
        return ids.map((id) => found.get(id)!);
      })
  );
  const replies = perWindow(
    (window) =>
      new DataLoader<number, Listing>(async (ids) => {
        const found = await data.replies(ids, Number(window));
        return ids.map((id) => found.get(id)!);
      })
  );
  const commentCounts = new DataLoader<string, number>(async (ids) => {
    const counts = await data.commentCounts(ids);
    return ids.map((id) => counts.get(id) ?? 0);
  });

  return {
    viewerFollows: { series: followed('series'), person: followed('person') },
    followerCount: { series: followers('series'), person: followers('person') },
    /** A page of an article's top-level comments; the total comes with it. */
    commentPage: async (articleDocumentId: string, { offset, first }: PageWindow): Promise<PageSource<CommentEntity>> => {
      const { items, total } = await comments(`${offset}:${first + 1}`).load(articleDocumentId);
      return toPage(items, { offset, first }, async () => total);
    },
    commentCount: commentCounts,
    /** The first `first` answers and how many there are. */
    replies: (commentRowId: number, first: number) => replies(String(first)).load(commentRowId),
    commentByDocumentId: new DataLoader<string, CommentEntity | null>(async (ids) => {
      const found = await data.commentsByDocumentId(ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    viewerHasReported: new DataLoader<number, boolean>(async (ids) => {
      const found = await data.openReports(viewer!.id, ids);
      return ids.map((id) => found.has(id));
    }),
    viewerEmail: new DataLoader<number, string | null>(async (ids) => {
      const found = await data.accounts(ids);
      return ids.map((id) => found.get(id)?.email ?? null);
    }),
    data,
  };
};

export type ReaderLoaders = ReturnType<typeof createReaderLoaders>;
