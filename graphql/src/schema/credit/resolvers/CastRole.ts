import type { CastRoleResolvers } from '../../../../../types/generated/resolvers-types.generated';
import { creditSeasons } from '../credit-groups';

export const CastRole: CastRoleResolvers = {
  sourceCharacterName: ({ characterSourceName }) => characterSourceName,
  description: ({ characterDescription }) => characterDescription,
  seasons: (credit, _, ctx) => creditSeasons(ctx, credit),
  announcedBy: (credit, _, { loaders }) => loaders.in(credit).outletByCredit.load(credit.rowId),
};
