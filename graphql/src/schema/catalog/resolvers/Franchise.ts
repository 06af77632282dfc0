import type { FranchiseResolvers } from '../../../../../types/generated/resolvers-types.generated';
import { toGlobalId } from '../../node/global-id';

export const Franchise: FranchiseResolvers = {
  id: (franchise) => toGlobalId('Franchise', franchise),
  series: async (franchise, _, { loaders }) =>
    [...(await loaders.in(franchise).seriesByFranchise.load(franchise.rowId))].sort((a, b) => a.title.localeCompare(b.title, 'de')),
};
