import type { CategoryResolvers } from '../../../../../types/generated/resolvers-types.generated';
import { toGlobalId } from '../../node/global-id';

export const Category: CategoryResolvers = {
  id: (category) => toGlobalId('Category', category),
};
