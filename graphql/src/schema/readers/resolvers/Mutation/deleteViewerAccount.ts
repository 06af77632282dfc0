import type { MutationResolvers } from '../../../../../../types/generated/resolvers-types.generated';
import { requireViewer } from '../../../../readers/guard';
import { READER_DATA_UID } from '../../../../readers/uids';

export const deleteViewerAccount: NonNullable<MutationResolvers['deleteViewerAccount']> = async (_, { input }, ctx) => {
  const outcome = await ctx.readers.deleteAccount(requireViewer(ctx), { password: input.password });
  if (!outcome.value) return { deleted: null, userErrors: outcome.userErrors };
  // The account's follows went with it: follower counts changed.
  ctx.changed(READER_DATA_UID.follow);
  return { deleted: true, userErrors: [] };
};
