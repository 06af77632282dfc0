import type { ArticleUpdateResolvers } from '../../../../../types/generated/resolvers-types.generated';

export const ArticleUpdate: ArticleUpdateResolvers = {
  text: ({ body }) => body,
};
