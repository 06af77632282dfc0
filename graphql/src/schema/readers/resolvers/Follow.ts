import type { FollowResolvers } from '../../../../../types/generated/resolvers-types.generated';

export const Follow: FollowResolvers = {};
