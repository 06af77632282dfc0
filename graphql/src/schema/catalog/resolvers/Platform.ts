import type { CompanyEntity } from '../../../../../types/domain';
import type { PlatformResolvers } from '../../../../../types/generated/resolvers-types.generated';
import { relatedOne } from '../../../relations';
import { UID } from '../../../../../types/domain/uids';

export const Platform: PlatformResolvers = {
  active: ({ active }) => active !== false,
  owner: (platform, _, ctx) => relatedOne<CompanyEntity>(ctx, platform, UID.platform, 'owner'),
};
