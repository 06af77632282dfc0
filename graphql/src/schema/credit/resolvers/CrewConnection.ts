import type { CrewConnectionResolvers } from '../../../../../types/generated/resolvers-types.generated';
import { connectionResolvers } from '../../../pagination';

export const CrewConnection: CrewConnectionResolvers = connectionResolvers();
