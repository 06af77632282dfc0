import type { AuthorResolvers } from '../../../../../types/generated/resolvers-types.generated';

export const Author: AuthorResolvers = {};
