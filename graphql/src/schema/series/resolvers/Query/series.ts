import type { SeriesEntity } from '../../../../../../types/domain';
import type { QueryResolvers } from '../../../../../../types/generated/resolvers-types.generated';
import { localeChain } from '../../../../locale';
import { UID } from '../../../../../../types/domain/uids';

export const series: NonNullable<QueryResolvers['series']> = async (_, { slug, locale }, { loaders }) =>
  (await loaders.in(localeChain(locale)).by(UID.series, 'slug').load(slug)) as SeriesEntity | null;
