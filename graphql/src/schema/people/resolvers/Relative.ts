import type { RelativeResolvers } from '../../../../../types/generated/resolvers-types.generated';

export const Relative: RelativeResolvers = {};
