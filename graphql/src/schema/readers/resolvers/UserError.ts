import type { UserErrorResolvers } from '../../../../../types/generated/resolvers-types.generated';

export const UserError: UserErrorResolvers = {};
