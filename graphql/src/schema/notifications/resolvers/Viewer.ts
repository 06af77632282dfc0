import type { ViewerResolvers } from '../../../../../types/generated/resolvers-types.generated';
import { inboxPage } from '../../../readers/notifications';

// The parent is always the request's own viewer: nothing here can reach another reader's rows.
export const Viewer: Pick<ViewerResolvers, 'notificationSettings' | 'notifications' | 'unreadNotificationCount'> = {
  notifications: (viewer, args, ctx) => inboxPage(ctx, viewer, args),
  unreadNotificationCount: (viewer, _, ctx) => ctx.readers.notifications.unreadCount(viewer),
  notificationSettings: (viewer, _, ctx) => ctx.readers.notifications.settings(viewer),
};
