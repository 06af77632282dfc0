import DataLoader from 'dataloader';
import type { Reader } from '../store/reader';

/** Component values of `uid.field` per owner row id, in editor order. */
export const componentsByOwner =
  <T>(uid: string, field: string) =>
  (reader: Reader) =>
    new DataLoader<number, T[]>(async (ids) => {
      const values = await reader.components(uid, field, ids);
      return ids.map((id) => (values.get(id) ?? []) as T[]);
    });

/** The value of a single (non-repeatable) component, or null. */
export const componentByOwner =
  <T>(uid: string, field: string) =>
  (reader: Reader) =>
    new DataLoader<number, T | null>(async (ids) => {
      const values = await reader.components(uid, field, ids);
      return ids.map((id) => (values.get(id)?.[0] as T | undefined) ?? null);
    });
