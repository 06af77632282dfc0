import type { UpdateNotificationSettingsPayloadResolvers } from '../../../../../types/generated/resolvers-types.generated';

export const UpdateNotificationSettingsPayload: UpdateNotificationSettingsPayloadResolvers = {};
