import type { OutletResolvers } from '../../../../../types/generated/resolvers-types.generated';

export const Outlet: OutletResolvers = {};
