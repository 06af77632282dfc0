import type { GenreResolvers } from '../../../../../types/generated/resolvers-types.generated';
import { toGlobalId } from '../../node/global-id';

export const Genre: GenreResolvers = {
  id: (genre) => toGlobalId('Genre', genre),
};
