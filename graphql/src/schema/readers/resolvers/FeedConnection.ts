import type { FeedConnectionResolvers } from '../../../../../types/generated/resolvers-types.generated';
import { keysetConnectionResolvers } from '../../../pagination';

export const FeedConnection: FeedConnectionResolvers = keysetConnectionResolvers();
