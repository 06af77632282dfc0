import type DataLoader from 'dataloader';
import type { Entity } from '../../../../types/domain/entities';
import { UID } from '../../../../types/domain/uids';
import type { ScopedLoaders } from '../../loaders';
import { type PageWindow, toPage } from '../../pagination';
import type { SearchTarget } from '../../store/reader';
import type { SearchHitEntity } from './schema.mappers';

type Target = SearchTarget & { kind: SearchHitEntity['__typename']; byDocumentId: (loaders: ScopedLoaders) => DataLoader<string, Entity | null> };

const TARGETS: Target[] = [
  { uid: UID.series, kind: 'Series', label: 'title', byDocumentId: (loaders) => loaders.seriesByDocumentId },
  { uid: UID.person, kind: 'Person', label: 'name', byDocumentId: (loaders) => loaders.personByDocumentId },
  { uid: UID.article, kind: 'Article', label: 'headline', byDocumentId: (loaders) => loaders.articleByDocumentId },
];

/** One statement finds and ranks the hits with their total; one per type reads them. */
export const searchPage = async (loaders: ScopedLoaders, needle: string, window: PageWindow) => {
  const { hits, total } = await loaders.reader.search(TARGETS, needle, window.offset, window.first + 1);
  const entities = await Promise.all(
    hits.map(async ({ kind, documentId }) => {
      const target = TARGETS.find((candidate) => candidate.kind === kind)!;
      const entity = await target.byDocumentId(loaders).load(documentId);
      return entity ? ({ ...entity, __typename: target.kind } as SearchHitEntity) : null;
    })
  );
  return toPage(
    entities.filter((entity): entity is SearchHitEntity => entity != null),
    window,
    async () => total ?? 0
  );
};
