import type { NotificationKindSettingsResolvers } from '../../../../../types/generated/resolvers-types.generated';
import { toKindEnum } from '../../../readers/notifications';

export const NotificationKindSettings: NotificationKindSettingsResolvers = {
  kind: (settings) => toKindEnum(settings.kind),
};
