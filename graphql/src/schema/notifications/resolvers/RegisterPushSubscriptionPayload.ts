import type { RegisterPushSubscriptionPayloadResolvers } from '../../../../../types/generated/resolvers-types.generated';

export const RegisterPushSubscriptionPayload: RegisterPushSubscriptionPayloadResolvers = {};
