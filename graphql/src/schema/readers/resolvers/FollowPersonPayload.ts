import type { FollowPersonPayloadResolvers } from '../../../../../types/generated/resolvers-types.generated';

export const FollowPersonPayload: FollowPersonPayloadResolvers = {};
