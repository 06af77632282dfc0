import type { StatementSource, StatusEventEntity } from '../../../../types/domain';

export type StatusEventMapper = StatusEventEntity;
export type StatementMapper = StatementSource;
