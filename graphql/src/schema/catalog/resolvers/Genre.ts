import type { GenreResolvers } from '../../../../../types/generated/resolvers-types.generated';

export const Genre: GenreResolvers = {};
