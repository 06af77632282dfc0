import type { SeriesConnectionResolvers } from '../../../../../types/generated/resolvers-types.generated';
import { connectionResolvers } from '../../../pagination';

export const SeriesConnection: SeriesConnectionResolvers = connectionResolvers();
