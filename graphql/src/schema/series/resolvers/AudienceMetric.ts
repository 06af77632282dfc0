import type { AudienceMetricResolvers } from '../../../../../types/generated/resolvers-types.generated';

export const AudienceMetric: AudienceMetricResolvers = {};
