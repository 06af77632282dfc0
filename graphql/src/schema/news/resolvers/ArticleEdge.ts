import type { ArticleEdgeResolvers } from '../../../../../types/generated/resolvers-types.generated';

export const ArticleEdge: ArticleEdgeResolvers = {};
