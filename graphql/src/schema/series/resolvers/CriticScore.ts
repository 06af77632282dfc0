import type { CriticScoreResolvers } from '../../../../../types/generated/resolvers-types.generated';

export const CriticScore: CriticScoreResolvers = {};
