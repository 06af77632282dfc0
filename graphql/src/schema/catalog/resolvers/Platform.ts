import type { PlatformResolvers } from '../../../../../types/generated/resolvers-types.generated';
import { toGlobalId } from '../../node/global-id';

export const Platform: PlatformResolvers = {
  id: (platform) => toGlobalId('Platform', platform),
  active: ({ active }) => active !== false,
  owner: (platform, _, { loaders }) => loaders.in(platform).ownerByPlatform.load(platform.rowId),
};
