import type { CastMemberResolvers } from '../../../../../types/generated/resolvers-types.generated';
import { bestBilling } from '../../../domain/credits';
import { groupSeasons } from '../credit-groups';

export const CastMember: CastMemberResolvers = {
  billing: ({ credits }) => bestBilling(credits),
  roles: ({ credits }) => credits,
  seasons: ({ credits }, _, ctx) => groupSeasons(ctx, credits),
  episodeCount: ({ credits }) =>
    credits.some(({ episodeCount }) => episodeCount != null) ? credits.reduce((sum, { episodeCount }) => sum + (episodeCount ?? 0), 0) : null,
};
