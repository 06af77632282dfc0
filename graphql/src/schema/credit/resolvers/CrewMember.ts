import type { CrewMemberResolvers } from '../../../../../types/generated/resolvers-types.generated';
import { groupSeasons } from '../credit-groups';

export const CrewMember: CrewMemberResolvers = {
  jobs: ({ credits }) => credits.filter((credit) => credit.job),
  seasons: ({ credits }, _, ctx) => groupSeasons(ctx, credits),
};
