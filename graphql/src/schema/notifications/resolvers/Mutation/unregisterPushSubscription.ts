import type { MutationResolvers } from '../../../../../../types/generated/resolvers-types.generated';
import { requireViewer } from '../../../../readers/guard';

export const unregisterPushSubscription: NonNullable<MutationResolvers['unregisterPushSubscription']> = async (_, { input }, ctx) => {
  const outcome = await ctx.readers.notifications.unregisterPushSubscription(requireViewer(ctx), input);
  return { unregistered: outcome.value?.unregistered ?? null, userErrors: outcome.userErrors };
};
