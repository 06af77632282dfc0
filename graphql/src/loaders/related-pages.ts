import DataLoader from 'dataloader';
import type { PageSource } from '../../../types/domain/aggregates';
import type { Entity } from '../../../types/domain/entities';
import { type PageWindow, toPage } from '../pagination';
import type { Reader } from '../store/reader';

/**
 * Pages of the documents `uid.field` links to, in `orderBy`. Every source asking for the same
 * window shares one statement; the totals are one more statement, sent only when a client asks.
 */
export const relatedPages =
  <T extends Entity>(uid: string, field: string, orderBy: [attribute: string, direction: 'asc' | 'desc'][]) =>
  (reader: Reader) => {
    const windows = new Map<string, DataLoader<number, T[]>>();
    const window = ({ offset, first }: PageWindow) => {
      const key = `${offset}:${first}`;
      let loader = windows.get(key);
      if (!loader) {
        loader = new DataLoader<number, T[]>(async (ids) => {
          const linked = await reader.linked(uid, field, ids, { offset, limit: first + 1, orderBy });
          return ids.map((id) => (linked.get(id) ?? []).map(({ entity }) => entity as T));
        });
        windows.set(key, loader);
      }
      return loader;
    };
    const totals = new DataLoader<number, number>(async (ids) => {
      const counts = await reader.linkedCounts(uid, field, ids);
      return ids.map((id) => counts.get(id) ?? 0);
    });
    return {
      page: async (sourceId: number, page: PageWindow): Promise<PageSource<T>> => toPage(await window(page).load(sourceId), page, () => totals.load(sourceId)),
    };
  };
