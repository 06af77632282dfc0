import type { UnregisterPushSubscriptionPayloadResolvers } from '../../../../../types/generated/resolvers-types.generated';

export const UnregisterPushSubscriptionPayload: UnregisterPushSubscriptionPayloadResolvers = {};
