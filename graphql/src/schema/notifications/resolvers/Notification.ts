import type { NotificationResolvers } from '../../../../../types/generated/resolvers-types.generated';
import { toKindEnum, toNotificationId } from '../../../readers/notifications';

export const Notification: NotificationResolvers = {
  id: (notification) => toNotificationId(notification.id),
  kind: (notification) => toKindEnum(notification.kind),
  read: (notification) => notification.readAt !== null,
};
