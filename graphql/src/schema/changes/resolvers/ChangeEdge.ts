import type { ChangeEdgeResolvers } from '../../../../../types/generated/resolvers-types.generated';

export const ChangeEdge: ChangeEdgeResolvers = {};
