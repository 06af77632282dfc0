import type DataLoader from 'dataloader';
import type { Entity } from '../../types/domain/entities';
import { type PageWindow, toPage } from './pagination';
import type { Reader } from './store/reader';

export interface ListOptions {
  where?: [attribute: string, values: unknown[]][];
  /** [field, the target's slug loader, slug]: only documents linked to that target; a null slug is no filter. */
  linkedSlugs?: [field: string, bySlug: DataLoader<string, Entity | null>, slug: string | null | undefined][];
  orderBy: [attribute: string, direction: 'asc' | 'desc'][];
}

/** A page of a root list: one statement for the page and its total, one to read the documents. */
export const listPage = async <T extends Entity>(
  reader: Reader,
  uid: string,
  byDocumentId: DataLoader<string, T | null>,
  window: PageWindow,
  { where = [], linkedSlugs = [], orderBy }: ListOptions
) => {
  const filters = linkedSlugs.filter((filter): filter is [string, DataLoader<string, Entity | null>, string] => filter[2] != null);
  const targets = await Promise.all(filters.map(([, bySlug, slug]) => bySlug.load(slug)));
  if (targets.some((target) => !target)) return toPage<T>([], window, async () => 0);
  const linkedTo = filters.map(([field], index): [string, string[]] => [field, [targets[index]!.documentId]]);
  const query = { where, linkedTo, orderBy };
  const { documentIds, total } = await reader.list(uid, { ...query, offset: window.offset, limit: window.first + 1 });
  const entities = (await byDocumentId.loadMany(documentIds)).filter((entity): entity is T => entity != null && !(entity instanceof Error));
  const count = async () => total ?? (await reader.list(uid, { ...query, offset: 0, limit: 1 })).total ?? 0;
  return toPage(entities, window, count);
};
