import type { SubscribeEmailAlertsPayloadResolvers } from '../../../../../types/generated/resolvers-types.generated';

export const SubscribeEmailAlertsPayload: SubscribeEmailAlertsPayloadResolvers = {};
