import type { ArticleConnectionResolvers } from '../../../../../types/generated/resolvers-types.generated';
import { connectionResolvers } from '../../../pagination';

export const ArticleConnection: ArticleConnectionResolvers = connectionResolvers();
