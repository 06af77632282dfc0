import type { PersonEntity } from '../../../../../../types/domain';
import type { QueryResolvers } from '../../../../../../types/generated/resolvers-types.generated';
import { localeChain } from '../../../../locale';
import { UID } from '../../../../../../types/domain/uids';

export const person: NonNullable<QueryResolvers['person']> = async (_, { slug, locale }, { loaders }) =>
  (await loaders.in(localeChain(locale)).by(UID.person, 'slug').load(slug)) as PersonEntity | null;
