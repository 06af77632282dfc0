import type { MutationResolvers } from '../../../../../../types/generated/resolvers-types.generated';
import { commentDocumentId } from '../../../../readers/comment-id';
import { spendAs } from '../../../../readers/guard';

const ARTICLE_NOT_FOUND = {
  code: 'ARTICLE_NOT_FOUND',
  message: 'Diesen Artikel gibt es nicht, oder er ist noch nicht veröffentlicht.',
  field: ['input', 'article'],
};

export const createComment: NonNullable<MutationResolvers['createComment']> = async (_, { input }, ctx) => {
  const parent = input.parent ? commentDocumentId(input.parent, 'parent') : null;
  const viewer = await spendAs(ctx, 'comment');
  const article = await ctx.loaders.locale(null).articleBySlug.load(input.article);
  if (!article) return { comment: null, userErrors: [ARTICLE_NOT_FOUND] };
  const outcome = await ctx.readers.createComment(viewer, { article: article.documentId, body: input.body, parent });
  if (!outcome.value) return { comment: null, userErrors: outcome.userErrors };
  return { comment: await ctx.readerLoaders.commentByDocumentId.load(outcome.value.documentId), userErrors: [] };
};
