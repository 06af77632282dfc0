import type { SeriesEntity } from '../../../../../types/domain';
import type { FranchiseResolvers } from '../../../../../types/generated/resolvers-types.generated';
import { relatedMany } from '../../../relations';
import { UID } from '../../../../../types/domain/uids';

export const Franchise: FranchiseResolvers = {
  series: async (franchise, _, ctx) =>
    (await relatedMany<SeriesEntity>(ctx, franchise, UID.franchise, 'series')).sort((a, b) => a.title.localeCompare(b.title, 'de')),
};
