import type { AuthorResolvers } from '../../../../../types/generated/resolvers-types.generated';
import { toGlobalId } from '../../node/global-id';

export const Author: AuthorResolvers = {
  id: (author) => toGlobalId('Author', author),
};
