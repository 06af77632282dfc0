import type { CastMemberResolvers } from '../../../../../types/generated/resolvers-types.generated';
import { bestBilling } from '../../../domain/credits';
import { creditSeasons } from '../credit-groups';

export const CastMember: CastMemberResolvers = {
  billing: ({ credits }) => bestBilling(credits),
  roles: ({ credits }) => credits,
  seasons: async ({ credits }, _, ctx) =>
    [...new Set((await Promise.all(credits.map((credit) => creditSeasons(ctx, credit)))).flat())].sort((a, b) => a - b),
  episodeCount: ({ credits }) =>
    credits.some(({ episodeCount }) => episodeCount != null) ? credits.reduce((sum, { episodeCount }) => sum + (episodeCount ?? 0), 0) : null,
};
