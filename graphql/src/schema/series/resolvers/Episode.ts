import type { EpisodeResolvers } from '../../../../../types/generated/resolvers-types.generated';

export const Episode: EpisodeResolvers = {};
