import type { PageInfoResolvers } from '../../../../../types/generated/resolvers-types.generated';

export const PageInfo: PageInfoResolvers = {};
