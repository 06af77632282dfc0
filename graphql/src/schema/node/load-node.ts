import type DataLoader from 'dataloader';
import type { Entity } from '../../../../types/domain/entities';
import type { ResolversInterfaceTypes, ResolversTypes } from '../../../../types/generated/resolvers-types.generated';
import type { GraphQLContext } from '../../context';
import type { ScopedLoaders } from '../../loaders';
import type { GlobalId, NodeType } from './global-id';

type NodeEntity = ResolversInterfaceTypes<ResolversTypes>['Node'];

const BY_DOCUMENT_ID: Record<NodeType, (loaders: ScopedLoaders) => DataLoader<string, Entity | null>> = {
  Series: (loaders) => loaders.seriesByDocumentId,
  Season: (loaders) => loaders.seasonByDocumentId,
  Episode: (loaders) => loaders.episodeByDocumentId,
  Person: (loaders) => loaders.personByDocumentId,
  StatusEvent: (loaders) => loaders.statusEventByDocumentId,
  Article: (loaders) => loaders.articleByDocumentId,
  Platform: (loaders) => loaders.platformByDocumentId,
  Company: (loaders) => loaders.companyByDocumentId,
  Franchise: (loaders) => loaders.franchiseByDocumentId,
  Genre: (loaders) => loaders.genreByDocumentId,
  Outlet: (loaders) => loaders.outletByDocumentId,
  Author: (loaders) => loaders.authorByDocumentId,
  Category: (loaders) => loaders.categoryByDocumentId,
};

/**
 * The object an id names, read in the id's own scope, so it is the object that was returned
 * before. Ids of one type and scope share one statement. A draft id is nothing without a preview token.
 */
export const loadNode = async (ctx: GraphQLContext, { type, documentId, chain, draft }: GlobalId): Promise<NodeEntity | null> => {
  if (draft && !ctx.preview) return null;
  const entity = await BY_DOCUMENT_ID[type](ctx.loaders.in({ chain, draft })).load(documentId);
  return entity ? ({ ...entity, __typename: type } as NodeEntity) : null;
};
