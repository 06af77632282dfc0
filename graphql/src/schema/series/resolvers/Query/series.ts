import type { QueryResolvers } from '../../../../../../types/generated/resolvers-types.generated';

export const series: NonNullable<QueryResolvers['series']> = (_, { slug, locale }, { loaders }) => loaders.locale(locale).seriesBySlug.load(slug);
