import type { SeriesResolvers } from '../../../../../types/generated/resolvers-types.generated';
import { toLocaleEnum } from '../../../locale';
import { toGlobalId } from '../../node/global-id';

export const Series: Pick<
  SeriesResolvers,
  | 'audienceMetrics'
  | 'criticScores'
  | 'documentId'
  | 'externalIds'
  | 'franchise'
  | 'genres'
  | 'id'
  | 'locale'
  | 'originalNetwork'
  | 'originalTitle'
  | 'platforms'
  | 'productionCompanies'
  | 'slug'
  | 'sourceMaterial'
  | 'spinoffOf'
  | 'spinoffs'
  | 'status'
  | 'synopsis'
  | 'title'
  | 'type'
  | '__isTypeOf'
> = {
  id: (series) => toGlobalId('Series', series),
  type: ({ seriesType }) => seriesType,
  status: ({ seriesStatus }) => seriesStatus,
  locale: ({ locale }) => toLocaleEnum(locale),
  genres: (series, _, { loaders }) => loaders.in(series).genresBySeries.load(series.rowId),
  platforms: (series, _, { loaders }) => loaders.in(series).platformsBySeries.load(series.rowId),
  originalNetwork: (series, _, { loaders }) => loaders.in(series).originalNetworkBySeries.load(series.rowId),
  productionCompanies: (series, _, { loaders }) => loaders.in(series).productionCompaniesBySeries.load(series.rowId),
  franchise: (series, _, { loaders }) => loaders.in(series).franchiseBySeries.load(series.rowId),
  spinoffOf: (series, _, { loaders }) => loaders.in(series).spinoffOfBySeries.load(series.rowId),
  spinoffs: (series, _, { loaders }) => loaders.in(series).spinoffsBySeries.load(series.rowId),
  sourceMaterial: (series, _, { loaders }) => loaders.in(series).sourceMaterialBySeries.load(series.rowId),
  criticScores: (series, _, { loaders }) => loaders.in(series).criticScoresBySeries.load(series.rowId),
  audienceMetrics: (series, _, { loaders }) => loaders.in(series).audienceMetricsBySeries.load(series.rowId),
  externalIds: (series, _, { loaders }) => loaders.in(series).externalIdsBySeries.load(series.rowId),
};
