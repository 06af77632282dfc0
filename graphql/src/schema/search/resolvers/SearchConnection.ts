import type { SearchConnectionResolvers } from '../../../../../types/generated/resolvers-types.generated';
import { connectionResolvers } from '../../../pagination';

export const SearchConnection: SearchConnectionResolvers = connectionResolvers();
