import type { MutationResolvers } from '../../../../../../types/generated/resolvers-types.generated';
import { requireViewer } from '../../../../readers/guard';
import { notificationRowId } from '../../../../readers/notifications';

export const markNotificationsRead: NonNullable<MutationResolvers['markNotificationsRead']> = async (_, { input }, ctx) => {
  const viewer = requireViewer(ctx);
  const ids = (input.ids ?? []).map((id) => notificationRowId(id, 'input.ids'));
  const upTo = input.upTo ? notificationRowId(input.upTo, 'input.upTo') : null;
  const outcome = await ctx.readers.notifications.markRead(viewer, { ids, upTo });
  if (!outcome.value) return { markedCount: null, unreadNotificationCount: null, userErrors: outcome.userErrors };
  return { markedCount: outcome.value.marked, unreadNotificationCount: await ctx.readers.notifications.unreadCount(viewer), userErrors: [] };
};
