import type { CrewMemberResolvers } from '../../../../../types/generated/resolvers-types.generated';
import { creditSeasons } from '../credit-groups';

export const CrewMember: CrewMemberResolvers = {
  jobs: ({ credits }) => credits.filter((credit) => credit.job),
  seasons: async ({ credits }, _, ctx) =>
    [...new Set((await Promise.all(credits.map((credit) => creditSeasons(ctx, credit)))).flat())].sort((a, b) => a - b),
};
