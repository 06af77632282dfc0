import type { CastConnectionResolvers } from '../../../../../types/generated/resolvers-types.generated';
import { connectionResolvers } from '../../../pagination';

export const CastConnection: CastConnectionResolvers = connectionResolvers();
