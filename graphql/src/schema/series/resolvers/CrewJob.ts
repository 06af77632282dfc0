import type { CompanyEntity } from '../../../../../types/domain';
import type { CrewJobResolvers, Job } from '../../../../../types/generated/resolvers-types.generated';
import { relatedOne } from '../../../relations';
import { UID } from '../../../../../types/domain/uids';
import { creditSeasons } from '../credit-groups';

export const CrewJob: CrewJobResolvers = {
  job: ({ job }) => job as Job,
  seasons: (credit, _, ctx) => creditSeasons(ctx, credit),
  onBehalfOf: (credit, _, ctx) => relatedOne<CompanyEntity>(ctx, credit, UID.credit, 'onBehalfOf'),
};
