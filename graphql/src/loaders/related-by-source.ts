import DataLoader from 'dataloader';
import type { Entity } from '../../../types/domain/entities';
import type { Reader } from '../store/reader';

/** Visible documents `uid.field` links to, per source row id: one statement per batch, in link order. */
export const relatedMany =
  <T extends Entity>(uid: string, field: string) =>
  (reader: Reader) =>
    new DataLoader<number, T[]>(async (ids) => {
      const linked = await reader.linked(uid, field, ids);
      return ids.map((id) => (linked.get(id) ?? []).map(({ entity }) => entity as T));
    });

/** The one visible document a to-one relation links to, or null. */
export const relatedOne =
  <T extends Entity>(uid: string, field: string) =>
  (reader: Reader) =>
    new DataLoader<number, T | null>(async (ids) => {
      const linked = await reader.linked(uid, field, ids);
      return ids.map((id) => (linked.get(id)?.[0]?.entity as T | undefined) ?? null);
    });
