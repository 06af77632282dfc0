import { normalizeSearchText } from '../../../../../../types/domain/search-text';
import type { QueryResolvers } from '../../../../../../types/generated/resolvers-types.generated';
import { BadUserInputError } from '../../../../errors';
import { pageWindow } from '../../../../pagination';
import { searchPage } from '../../search-page';

const MAX_QUERY_LENGTH = 200;

export const search: NonNullable<QueryResolvers['search']> = (_, { query, first, after, locale }, ctx) => {
  if (query.length > MAX_QUERY_LENGTH) throw new BadUserInputError('query', `must be at most ${MAX_QUERY_LENGTH} characters.`);
  const needle = normalizeSearchText(query);
  if (needle.length < 2) throw new BadUserInputError('query', 'needs at least two letters or digits.');
  return searchPage(ctx.loaders.locale(locale), needle, pageWindow(ctx, { first, after }, 10));
};
