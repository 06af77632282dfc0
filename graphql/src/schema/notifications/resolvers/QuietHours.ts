import type { QuietHoursResolvers } from '../../../../../types/generated/resolvers-types.generated';

export const QuietHours: QuietHoursResolvers = {};
