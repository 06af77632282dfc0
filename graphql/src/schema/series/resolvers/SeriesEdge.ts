import type { SeriesEdgeResolvers } from '../../../../../types/generated/resolvers-types.generated';

export const SeriesEdge: SeriesEdgeResolvers = {};
