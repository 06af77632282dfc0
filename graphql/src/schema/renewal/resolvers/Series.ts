import type { StatusEventEntity } from '../../../../../types/domain';
import type { SeriesResolvers } from '../../../../../types/generated/resolvers-types.generated';

const newestFirst = (a: StatusEventEntity, b: StatusEventEntity) => (b.reportedAt ?? '').localeCompare(a.reportedAt ?? '') || b.rowId - a.rowId;

export const Series: Pick<SeriesResolvers, 'renewals' | '__isTypeOf'> = {
  renewals: async (series, { kinds }, { loaders }) =>
    (await loaders.in(series).statusEventsBySeries.load(series.rowId)).filter((event) => !kinds?.length || kinds.includes(event.kind)).sort(newestFirst),
};
