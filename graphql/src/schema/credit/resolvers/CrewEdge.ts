import type { CrewEdgeResolvers } from '../../../../../types/generated/resolvers-types.generated';

export const CrewEdge: CrewEdgeResolvers = {};
