import type { CrewJobResolvers, Job } from '../../../../../types/generated/resolvers-types.generated';
import { creditSeasons } from '../credit-groups';

export const CrewJob: CrewJobResolvers = {
  job: ({ job }) => job as Job,
  seasons: (credit, _, ctx) => creditSeasons(ctx, credit),
  onBehalfOf: (credit, _, { loaders }) => loaders.in(credit).companyByCredit.load(credit.rowId),
};
