import type { AudienceMetricValue, CriticScoreValue, PageSource, SeriesEntity, SourceMaterialValue } from '../../../../types/domain';

export type SeriesMapper = SeriesEntity;
export type SeriesConnectionMapper = PageSource<SeriesEntity>;
export type SourceMaterialMapper = SourceMaterialValue;
export type CriticScoreMapper = CriticScoreValue;
export type AudienceMetricMapper = AudienceMetricValue;
