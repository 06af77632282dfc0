import type { EpisodeEntity } from '../../../types/domain/content';
import { UID } from '../../../types/domain/uids';
import { documentsByAttribute } from './documents-by-attribute';
import { relatedMany } from './related-by-source';

export const episodeLoaders = {
  episodeByDocumentId: documentsByAttribute<EpisodeEntity>(UID.episode, 'documentId'),
  episodesBySeason: relatedMany<EpisodeEntity>(UID.season, 'episodes'),
};
