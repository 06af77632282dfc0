import DataLoader from 'dataloader';
import type { Entity } from '../../../types/domain/entities';
import type { Reader } from '../store/reader';

/** `<thing>BySlug` / `<thing>ByDocumentId`: one statement per batch, results in key order, null when not visible. */
export const documentsByAttribute =
  <T extends Entity>(uid: string, attribute: string) =>
  (reader: Reader) =>
    new DataLoader<string, T | null>(async (keys) => {
      const found = await reader.byAttribute(uid, attribute, keys);
      return keys.map((key) => (found.get(key) as T | undefined) ?? null);
    });
