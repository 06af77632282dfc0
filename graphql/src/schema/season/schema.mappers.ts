import type { EpisodeEntity, SeasonEntity } from '../../../../types/domain';

export type SeasonMapper = SeasonEntity;
export type EpisodeMapper = EpisodeEntity;
