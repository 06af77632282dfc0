import type { MutationResolvers } from '../../../../../../types/generated/resolvers-types.generated';
import { commentDocumentId } from '../../../../readers/comment-id';
import { spendAs } from '../../../../readers/guard';

export const reportComment: NonNullable<MutationResolvers['reportComment']> = async (_, { input }, ctx) => {
  const comment = commentDocumentId(input.comment, 'comment');
  const viewer = await spendAs(ctx, 'report');
  const outcome = await ctx.readers.reportComment(viewer, { comment, reason: input.reason, message: input.message ?? null });
  if (!outcome.value) return { reportId: null, comment: null, userErrors: outcome.userErrors };
  ctx.readerLoaders.commentByDocumentId.clear(comment);
  const reported = await ctx.readerLoaders.commentByDocumentId.load(comment);
  if (reported) ctx.readerLoaders.viewerHasReported.clear(reported.rowId);
  return { reportId: outcome.value.documentId, comment: reported, userErrors: [] };
};
