import type { CastEdgeResolvers } from '../../../../../types/generated/resolvers-types.generated';

export const CastEdge: CastEdgeResolvers = {};
