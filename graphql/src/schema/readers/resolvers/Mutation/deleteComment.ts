import type { MutationResolvers } from '../../../../../../types/generated/resolvers-types.generated';
import { commentDocumentId, toCommentId } from '../../../../readers/comment-id';
import { requireViewer } from '../../../../readers/guard';

export const deleteComment: NonNullable<MutationResolvers['deleteComment']> = async (_, { input }, ctx) => {
  const comment = commentDocumentId(input.comment, 'comment');
  const outcome = await ctx.readers.deleteComment(requireViewer(ctx), { comment });
  return outcome.value
    ? { deletedCommentId: toCommentId(outcome.value.documentId), userErrors: [] }
    : { deletedCommentId: null, userErrors: outcome.userErrors };
};
