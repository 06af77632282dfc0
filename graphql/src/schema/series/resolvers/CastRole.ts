import type { OutletEntity } from '../../../../../types/domain';
import type { CastRoleResolvers } from '../../../../../types/generated/resolvers-types.generated';
import { relatedOne } from '../../../relations';
import { UID } from '../../../../../types/domain/uids';
import { creditSeasons } from '../credit-groups';

export const CastRole: CastRoleResolvers = {
  sourceCharacterName: ({ characterSourceName }) => characterSourceName,
  description: ({ characterDescription }) => characterDescription,
  seasons: (credit, _, ctx) => creditSeasons(ctx, credit),
  announcedBy: (credit, _, ctx) => relatedOne<OutletEntity>(ctx, credit, UID.credit, 'announcedBy'),
};
