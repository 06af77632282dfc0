import type { EpisodeResolvers } from '../../../../../types/generated/resolvers-types.generated';
import { toGlobalId } from '../../node/global-id';

export const Episode: EpisodeResolvers = {
  id: (episode) => toGlobalId('Episode', episode),
};
