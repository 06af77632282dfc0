import type { MutationResolvers } from '../../../../../../types/generated/resolvers-types.generated';
import { requireViewer } from '../../../../readers/guard';

export const registerPushSubscription: NonNullable<MutationResolvers['registerPushSubscription']> = async (_, { input }, ctx) => {
  const outcome = await ctx.readers.notifications.registerPushSubscription(requireViewer(ctx), input);
  return { registered: outcome.value ? true : null, userErrors: outcome.userErrors };
};
