import type { CommentConnectionResolvers } from '../../../../../types/generated/resolvers-types.generated';
import { connectionResolvers } from '../../../pagination';

export const CommentConnection: CommentConnectionResolvers = connectionResolvers();
