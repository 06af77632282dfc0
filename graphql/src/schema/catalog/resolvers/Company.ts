import type { CompanyResolvers } from '../../../../../types/generated/resolvers-types.generated';
import { toGlobalId } from '../../node/global-id';

export const Company: CompanyResolvers = {
  id: (company) => toGlobalId('Company', company),
};
