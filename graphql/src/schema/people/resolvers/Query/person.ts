import type { QueryResolvers } from '../../../../../../types/generated/resolvers-types.generated';

export const person: NonNullable<QueryResolvers['person']> = (_, { slug, locale }, { loaders }) => loaders.locale(locale).personBySlug.load(slug);
