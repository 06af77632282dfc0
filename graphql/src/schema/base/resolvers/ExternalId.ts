import type { ExternalIdResolvers } from '../../../../../types/generated/resolvers-types.generated';

export const ExternalId: ExternalIdResolvers = {};
