import type { MarkNotificationsReadPayloadResolvers } from '../../../../../types/generated/resolvers-types.generated';

export const MarkNotificationsReadPayload: MarkNotificationsReadPayloadResolvers = {};
