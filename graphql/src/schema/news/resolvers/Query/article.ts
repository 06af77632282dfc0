import type { QueryResolvers } from '../../../../../../types/generated/resolvers-types.generated';

export const article: NonNullable<QueryResolvers['article']> = (_, { slug, locale }, { loaders }) => loaders.locale(locale).articleBySlug.load(slug);
