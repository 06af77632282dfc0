import type { SearchEdgeResolvers } from '../../../../../types/generated/resolvers-types.generated';

export const SearchEdge: SearchEdgeResolvers = {};
