import type { CommentResolvers } from '../../../../../types/generated/resolvers-types.generated';
import { BadUserInputError } from '../../../errors';
import { toCommentId } from '../../../readers/comment-id';

const DEFAULT_REPLIES = 50;
const isRemoved = ({ moderation, deletedByAuthorAt }: { moderation: string; deletedByAuthorAt: string | null }) =>
  moderation === 'hidden' || deletedByAuthorAt !== null;

export const Comment: CommentResolvers = {
  id: ({ documentId }) => toCommentId(documentId),
  removed: (comment) => isRemoved(comment),
  body: (comment) => (comment.deletedByAuthorAt ? 'Vom Verfasser gelöscht' : comment.moderation === 'hidden' ? 'Beitrag entfernt' : comment.body),
  authorName: (comment) => (isRemoved(comment) ? null : comment.authorName),
  replies: async (comment, { first }, ctx) => {
    const size = first ?? DEFAULT_REPLIES;
    if (!Number.isInteger(size) || size < 0 || size > ctx.settings.maxPageSize)
      throw new BadUserInputError('first', `must be between 0 and ${ctx.settings.maxPageSize}, got ${first}.`);
    return (await ctx.readerLoaders.replies(comment.rowId, size)).items;
  },
  replyCount: async (comment, _, ctx) => (await ctx.readerLoaders.replies(comment.rowId, DEFAULT_REPLIES)).total,
  viewerCanDelete: (comment, _, { viewer }) => (viewer ? comment.authorId === viewer.id && !comment.deletedByAuthorAt : null),
  viewerHasReported: (comment, _, ctx) => (ctx.viewer ? ctx.readerLoaders.viewerHasReported.load(comment.rowId) : null),
};
