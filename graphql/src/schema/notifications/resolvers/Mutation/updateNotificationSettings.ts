import type { MutationResolvers } from '../../../../../../types/generated/resolvers-types.generated';
import { requireViewer } from '../../../../readers/guard';
import { fromKindEnum } from '../../../../readers/notifications';

export const updateNotificationSettings: NonNullable<MutationResolvers['updateNotificationSettings']> = async (_, { input }, ctx) => {
  const outcome = await ctx.readers.notifications.updateSettings(requireViewer(ctx), {
    kinds: input.kinds?.map(({ kind, ...channels }) => ({ kind: fromKindEnum(kind), ...channels })),
    // Absent leaves the quiet hours as they are; an explicit null removes them.
    ...('quietHours' in input ? { quietHours: input.quietHours ?? null } : {}),
  });
  return { notificationSettings: outcome.value, userErrors: outcome.userErrors };
};
