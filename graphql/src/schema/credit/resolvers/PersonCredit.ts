import type { Job, PersonCreditResolvers } from '../../../../../types/generated/resolvers-types.generated';
import { bestBilling } from '../../../domain/credits';
import { groupSeasons } from '../credit-groups';

export const PersonCredit: PersonCreditResolvers = {
  department: ({ credits }) => credits[0].department,
  characters: ({ credits }) => credits.map(({ character }) => character).filter((name): name is string => Boolean(name)),
  jobs: ({ credits }) => credits.map(({ job }) => job).filter((job): job is Job => Boolean(job)),
  billing: ({ credits }) => bestBilling(credits),
  seasons: ({ credits }, _, ctx) => groupSeasons(ctx, credits),
};
