import type { SeriesEntity } from '../../../types/domain/content';
import { UID } from '../../../types/domain/uids';
import { documentsByAttribute } from './documents-by-attribute';
import { relatedMany, relatedOne } from './related-by-source';

export const seriesLoaders = {
  seriesBySlug: documentsByAttribute<SeriesEntity>(UID.series, 'slug'),
  seriesByDocumentId: documentsByAttribute<SeriesEntity>(UID.series, 'documentId'),
  spinoffOfBySeries: relatedOne<SeriesEntity>(UID.series, 'spinoffOf'),
  spinoffsBySeries: relatedMany<SeriesEntity>(UID.series, 'spinoffs'),
  seriesByFranchise: relatedMany<SeriesEntity>(UID.franchise, 'series'),
  seriesByCredit: relatedOne<SeriesEntity>(UID.credit, 'series'),
  seriesByArticle: relatedMany<SeriesEntity>(UID.article, 'series'),
  knownForByPerson: relatedMany<SeriesEntity>(UID.person, 'knownFor'),
};
