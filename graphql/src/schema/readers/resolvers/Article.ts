import type { ArticleResolvers } from '../../../../../types/generated/resolvers-types.generated';
import { pageWindow, toPage } from '../../../pagination';

// Comments belong to the published article: a draft read in preview lists none.
export const Article: Pick<ArticleResolvers, 'commentCount' | 'comments' | '__isTypeOf'> = {
  comments: (article, { first, after }, ctx) => {
    const window = pageWindow(ctx, { first, after }, 20);
    return article.draft ? toPage([], window, async () => 0) : ctx.readerLoaders.commentPage(article.documentId, window);
  },
  commentCount: (article, _, ctx) => (article.draft ? 0 : ctx.readerLoaders.commentCount.load(article.documentId)),
};
