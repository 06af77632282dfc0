import type { FollowSeriesPayloadResolvers } from '../../../../../types/generated/resolvers-types.generated';

export const FollowSeriesPayload: FollowSeriesPayloadResolvers = {};
