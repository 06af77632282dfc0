import type { OutletResolvers } from '../../../../../types/generated/resolvers-types.generated';
import { toGlobalId } from '../../node/global-id';

export const Outlet: OutletResolvers = {
  id: (outlet) => toGlobalId('Outlet', outlet),
};
