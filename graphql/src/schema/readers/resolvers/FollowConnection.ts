import type { FollowConnectionResolvers } from '../../../../../types/generated/resolvers-types.generated';
import { connectionResolvers } from '../../../pagination';

export const FollowConnection: FollowConnectionResolvers = connectionResolvers();
