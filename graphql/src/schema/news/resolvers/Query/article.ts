import type { ArticleEntity } from '../../../../../../types/domain';
import type { QueryResolvers } from '../../../../../../types/generated/resolvers-types.generated';
import { localeChain } from '../../../../locale';
import { UID } from '../../../../../../types/domain/uids';

export const article: NonNullable<QueryResolvers['article']> = async (_, { slug, locale }, { loaders }) =>
  (await loaders.in(localeChain(locale)).by(UID.article, 'slug').load(slug)) as ArticleEntity | null;
