import type {
  AudienceMetricValue, CompanyEntity, CriticScoreValue, ExternalIdValue, FranchiseEntity, NamedEntity, PlatformEntity,
  SeasonEntity, SeriesEntity, SourceMaterialValue, StatusEventEntity,
} from '../../../../../types/domain';
import type { GraphQLContext } from '../../../context';
import type { SeriesResolvers } from '../../../../../types/generated/resolvers-types.generated';
import { toLocaleEnum } from '../../../locale';
import { pageOf, pageWindow } from '../../../pagination';
import { componentOne, componentsOf, relatedMany, relatedOne, relatedPage } from '../../../relations';
import { UID } from '../../../../../types/domain/uids';
import { seriesCreditGroups } from '../credit-groups';

const seasonsOf = async (ctx: GraphQLContext, series: SeriesEntity) =>
  (await relatedMany<SeasonEntity>(ctx, series, UID.series, 'seasons')).sort((a, b) => a.number - b.number);

const newestFirst = (a: StatusEventEntity, b: StatusEventEntity) =>
  (b.reportedAt ?? '').localeCompare(a.reportedAt ?? '') || b.id - a.id;

export const Series: SeriesResolvers = {
  type: ({ seriesType }) => seriesType,
  status: ({ seriesStatus }) => seriesStatus,
  locale: ({ locale }) => toLocaleEnum(locale),
  genres: (series, _, ctx) => relatedMany<NamedEntity>(ctx, series, UID.series, 'genres'),
  platforms: (series, _, ctx) => relatedMany<PlatformEntity>(ctx, series, UID.series, 'platforms'),
  originalNetwork: (series, _, ctx) => relatedOne<PlatformEntity>(ctx, series, UID.series, 'originalNetwork'),
  productionCompanies: (series, _, ctx) => relatedMany<CompanyEntity>(ctx, series, UID.series, 'productionCompanies'),
  franchise: (series, _, ctx) => relatedOne<FranchiseEntity>(ctx, series, UID.series, 'franchise'),
  spinoffOf: (series, _, ctx) => relatedOne<SeriesEntity>(ctx, series, UID.series, 'spinoffOf'),
  spinoffs: (series, _, ctx) => relatedMany<SeriesEntity>(ctx, series, UID.series, 'spinoffs'),
  sourceMaterial: (series, _, ctx) => componentOne<SourceMaterialValue>(ctx, series, UID.series, 'sourceMaterial'),
  criticScores: (series, _, ctx) => componentsOf<CriticScoreValue>(ctx, series, UID.series, 'criticScores'),
  audienceMetrics: (series, _, ctx) => componentsOf<AudienceMetricValue>(ctx, series, UID.series, 'audienceMetrics'),
  externalIds: (series, _, ctx) => componentsOf<ExternalIdValue>(ctx, series, UID.series, 'externalIds'),
  seasons: (series, _, ctx) => seasonsOf(ctx, series),
  season: async (series, { number }, ctx) => (await seasonsOf(ctx, series)).find((season) => season.number === number) ?? null,
  cast: async (series, { season, first, after }, ctx) =>
    pageOf(await seriesCreditGroups(ctx, series, 'CAST', season), pageWindow(ctx, { first, after }, 50)),
  crew: async (series, { season, first, after }, ctx) =>
    pageOf(await seriesCreditGroups(ctx, series, 'CREW', season), pageWindow(ctx, { first, after }, 50)),
  renewals: async (series, { kinds }, ctx) =>
    (await relatedMany<StatusEventEntity>(ctx, series, UID.series, 'statusEvents'))
      .filter((event) => !kinds?.length || kinds.includes(event.kind))
      .sort(newestFirst),
  news: (series, { first, after }, ctx) =>
    relatedPage(ctx, series, UID.series, 'articles', pageWindow(ctx, { first, after }, 10), [['publishedOn', 'desc']]),
};
