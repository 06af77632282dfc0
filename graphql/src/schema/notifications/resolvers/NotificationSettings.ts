import type { NotificationSettingsResolvers } from '../../../../../types/generated/resolvers-types.generated';

export const NotificationSettings: NotificationSettingsResolvers = {};
