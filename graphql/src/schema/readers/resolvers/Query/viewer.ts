import type { QueryResolvers } from '../../../../../../types/generated/resolvers-types.generated';

export const viewer: NonNullable<QueryResolvers['viewer']> = (_, __, ctx) => ctx.viewer;
