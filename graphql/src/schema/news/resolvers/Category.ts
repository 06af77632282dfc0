import type { CategoryResolvers } from '../../../../../types/generated/resolvers-types.generated';

export const Category: CategoryResolvers = {};
