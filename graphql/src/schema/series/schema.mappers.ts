import type {
  AudienceMetricValue, CreditEntity, CreditGroup, CriticScoreValue, EpisodeEntity, PageSource, SeasonEntity,
  SeriesEntity, SourceMaterialValue, StatementSource, StatusEventEntity,
} from '../../../../types/domain';

export type SeriesMapper = SeriesEntity;
export type SeriesConnectionMapper = PageSource<SeriesEntity>;
export type SeasonMapper = SeasonEntity;
export type EpisodeMapper = EpisodeEntity;
export type CastConnectionMapper = PageSource<CreditGroup>;
export type CastMemberMapper = CreditGroup;
export type CastRoleMapper = CreditEntity;
export type CrewConnectionMapper = PageSource<CreditGroup>;
export type CrewMemberMapper = CreditGroup;
export type CrewJobMapper = CreditEntity;
export type StatusEventMapper = StatusEventEntity;
export type StatementMapper = StatementSource;
export type SourceMaterialMapper = SourceMaterialValue;
export type CriticScoreMapper = CriticScoreValue;
export type AudienceMetricMapper = AudienceMetricValue;
