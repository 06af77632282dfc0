import type { Entity, LocaleCode } from '../../types/domain/entities';
import type { GraphQLContext } from './context';
import { type PageWindow, toPage } from './pagination';

export interface ListOptions {
  where?: [attribute: string, values: unknown[]][];
  /** [field, target uid, slug]: only documents linked to the target with that slug; a null slug is no filter. */
  linkedSlugs?: [field: string, targetUid: string, slug: string | null | undefined][];
  orderBy: [attribute: string, direction: 'asc' | 'desc'][];
}

/** A page of a root list: one statement for the page and its total, one to read the documents. */
export const listPage = async <T extends Entity>(
  ctx: GraphQLContext,
  uid: string,
  chain: LocaleCode[],
  window: PageWindow,
  { where = [], linkedSlugs = [], orderBy }: ListOptions
) => {
  const loaders = ctx.loaders.in(chain);
  const linkedTo: [string, string[]][] = [];
  for (const [field, targetUid, slug] of linkedSlugs) {
    if (slug == null) continue;
    const target = await loaders.by(targetUid, 'slug').load(slug);
    if (!target) return toPage<T>([], window, async () => 0);
    linkedTo.push([field, [target.documentId]]);
  }
  const query = { where, linkedTo, orderBy };
  const { documentIds, total } = await loaders.reader.list(uid, { ...query, offset: window.offset, limit: window.first + 1 });
  const entities = (await loaders.by(uid, 'documentId').loadMany(documentIds)).filter(
    (entity): entity is Entity => entity != null && !(entity instanceof Error)
  );
  const count = async () => total ?? (await loaders.reader.list(uid, { ...query, offset: 0, limit: 1 })).total ?? 0;
  return toPage(entities as T[], window, count);
};
