import type {
  AudienceMetricKind,
  Billing,
  BusinessModel,
  CompanyKind,
  DatePrecision,
  Department,
  ExternalIdProvider,
  Granularity,
  Job,
  OutletKind,
  PlatformKind,
  RelationKind,
  ReleasePattern,
  SeasonStatus,
  SeriesStatus,
  SeriesType,
  SourceMaterialKind,
  StatusEventKind,
  ArticleUpdateLabel,
} from '../generated/resolvers-types.generated';
import type { Entity } from './entities';

/** What the read path returns for each content type: field names as in the Strapi schema. */
export interface SeriesEntity extends Entity {
  title: string;
  originalTitle: string | null;
  slug: string;
  synopsis: string | null;
  seriesType: SeriesType | null;
  seriesStatus: SeriesStatus | null;
}

export interface SeasonEntity extends Entity {
  number: number;
  title: string | null;
  seasonStatus: SeasonStatus | null;
  episodeCount: number | null;
  premiereDate: string | null;
  premiereDatePrecision: DatePrecision | null;
  finaleDate: string | null;
  releasePattern: ReleasePattern | null;
  productionStart: string | null;
  productionStartPrecision: DatePrecision | null;
  filmingLocation: string | null;
}

export interface EpisodeEntity extends Entity {
  number: number;
  title: string | null;
  airDate: string | null;
  runtimeMinutes: number | null;
}

export interface PersonEntity extends Entity {
  name: string;
  slug: string;
  birthDate: string | null;
  birthYear: number | null;
  biography: string | null;
}

export interface CreditEntity extends Entity {
  department: Department;
  billing: Billing | null;
  character: string | null;
  characterSourceName: string | null;
  characterDescription: string | null;
  job: Job | null;
  order: number | null;
  episodeCount: number | null;
  announcedOn: string | null;
}

export interface KinshipEntity extends Entity {
  kind: RelationKind;
  detail: string | null;
  reverseDetail: string | null;
}

export interface StatusEventEntity extends Entity {
  kind: StatusEventKind;
  reportedAt: string | null;
  reportUrl: string | null;
  confirmedOn: string | null;
  confirmedOnPrecision: DatePrecision | null;
  statement: string | null;
}

export interface ArticleEntity extends Entity {
  headline: string;
  kicker: string | null;
  slug: string;
  teaser: string | null;
  body: unknown;
  publishedOn: string;
}

export interface PlatformEntity extends Entity {
  name: string;
  slug: string;
  kind: PlatformKind;
  businessModel: BusinessModel | null;
  active: boolean | null;
  url: string | null;
}

export interface CompanyEntity extends Entity {
  name: string;
  slug: string;
  kind: CompanyKind | null;
}

export interface FranchiseEntity extends Entity {
  name: string;
  slug: string;
  description: string | null;
}

export interface NamedEntity extends Entity {
  name: string;
  slug: string;
}

export interface OutletEntity extends NamedEntity {
  kind: OutletKind | null;
  url: string | null;
}

/** Component values. */
export interface CreditedImageValue {
  caption: string | null;
  alt: string | null;
  credit: string;
}

export interface ExternalIdValue {
  provider: ExternalIdProvider;
  value: string;
  url: string | null;
}

export interface SourceMaterialValue {
  kind: SourceMaterialKind;
  title: string | null;
  description: string | null;
}

export interface CriticScoreValue {
  provider: string;
  metric: string | null;
  value: number;
  maxValue: number | null;
  seasonNumber: number | null;
  asOf: string | null;
  sourceUrl: string | null;
}

export interface AudienceMetricValue {
  provider: string;
  chart: string | null;
  metric: AudienceMetricKind;
  value: number | null;
  valueNote: string | null;
  region: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  periodGranularity: Granularity | null;
  seasonNumber: number | null;
  sourceUrl: string | null;
}

export interface ArticleUpdateValue {
  label: ArticleUpdateLabel;
  postedAt: string | null;
  body: string;
}
