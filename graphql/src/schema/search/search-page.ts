import type { LocaleCode } from '../../../../types/domain/entities';
import type { GraphQLContext } from '../../context';
import { type PageWindow, toPage } from '../../pagination';
import type { SearchTarget } from '../../store/reader';
import { UID } from '../../../../types/domain/uids';
import type { SearchHitEntity } from './schema.mappers';

const TARGETS: (SearchTarget & { kind: SearchHitEntity['__typename'] })[] = [
  { uid: UID.series, kind: 'Series', label: 'title' },
  { uid: UID.person, kind: 'Person', label: 'name' },
  { uid: UID.article, kind: 'Article', label: 'headline' },
];


/** One statement finds and ranks the hits with their total; one per type reads them. */
export const searchPage = async (ctx: GraphQLContext, chain: LocaleCode[], needle: string, window: PageWindow) => {
  const loaders = ctx.loaders.in(chain);
  const { hits, total } = await loaders.reader.search(TARGETS, needle, window.offset, window.first + 1);
  const entities = await Promise.all(
    hits.map(async ({ kind, documentId }) => {
      const target = TARGETS.find((t) => t.kind === kind)!;
      const entity = await loaders.by(target.uid, 'documentId').load(documentId);
      return entity ? ({ ...entity, __typename: kind } as SearchHitEntity) : null;
    })
  );
  const found = entities.filter((entity): entity is SearchHitEntity => entity != null);
  return toPage(found, window, async () => total ?? 0);
};
