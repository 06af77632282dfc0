import DataLoader from 'dataloader';
import type { Entity } from '../../../types/domain/entities';
import type { Page, Reader } from '../store/reader';

/** Related documents of `uid.field` per source row id: one statement per batch. */
export const relatedBySource = (reader: Reader, uid: string, field: string) =>
  new DataLoader<number, Entity[]>(async (ids) => {
    const linked = await reader.linked(uid, field, ids);
    return ids.map((id) => (linked.get(id) ?? []).map(({ entity }) => entity));
  });

/** One page of related documents per source row id, every source paged in the same statement. */
export const relatedPageBySource = (reader: Reader, uid: string, field: string, page: Page) =>
  new DataLoader<number, Entity[]>(async (ids) => {
    const linked = await reader.linked(uid, field, ids, page);
    return ids.map((id) => (linked.get(id) ?? []).map(({ entity }) => entity));
  });

/** How many visible related documents each source row has. */
export const relatedCountBySource = (reader: Reader, uid: string, field: string) =>
  new DataLoader<number, number>(async (ids) => {
    const counts = await reader.linkedCounts(uid, field, ids);
    return ids.map((id) => counts.get(id) ?? 0);
  });
