import type {
  ArticleUpdateValue,
  AudienceMetricValue,
  CreditedImageValue,
  CriticScoreValue,
  ExternalIdValue,
  SourceMaterialValue,
} from '../../../types/domain/content';
import { UID } from '../../../types/domain/uids';
import { componentByOwner, componentsByOwner } from './components-by-owner';

export const componentLoaders = {
  sourceMaterialBySeries: componentByOwner<SourceMaterialValue>(UID.series, 'sourceMaterial'),
  criticScoresBySeries: componentsByOwner<CriticScoreValue>(UID.series, 'criticScores'),
  audienceMetricsBySeries: componentsByOwner<AudienceMetricValue>(UID.series, 'audienceMetrics'),
  externalIdsBySeries: componentsByOwner<ExternalIdValue>(UID.series, 'externalIds'),
  photoByPerson: componentByOwner<CreditedImageValue>(UID.person, 'photo'),
  leadImageByArticle: componentByOwner<CreditedImageValue>(UID.article, 'leadImage'),
  updatesByArticle: componentsByOwner<ArticleUpdateValue>(UID.article, 'updates'),
};
