import DataLoader from 'dataloader';
import type { Reader } from '../store/reader';

/** Component values of `uid.field` per owner row id, in editor order. */
export const componentsByOwner = (reader: Reader, uid: string, field: string) =>
  new DataLoader<number, Record<string, unknown>[]>(async (ids) => {
    const values = await reader.components(uid, field, ids);
    return ids.map((id) => values.get(id) ?? []);
  });
