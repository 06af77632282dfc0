import DataLoader from 'dataloader';
import type { Entity } from '../../../types/domain/entities';
import type { Reader } from '../store/reader';

/** `<thing>BySlug` / `<thing>ByDocumentId`: one statement per batch, results in key order. */
export const documentsByAttribute = (reader: Reader, uid: string, attribute: string) =>
  new DataLoader<string, Entity | null>(async (keys) => {
    const found = await reader.byAttribute(uid, attribute, keys);
    return keys.map((key) => found.get(key) ?? null);
  });
