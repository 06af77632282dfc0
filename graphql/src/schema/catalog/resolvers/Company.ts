import type { CompanyResolvers } from '../../../../../types/generated/resolvers-types.generated';

export const Company: CompanyResolvers = {};
