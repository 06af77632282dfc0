import type { PartialDateResolvers } from '../../../../../types/generated/resolvers-types.generated';

export const PartialDate: PartialDateResolvers = {};
