import type { PersonEntity, RelativeLink } from '../../../../types/domain';

export type PersonMapper = PersonEntity;
export type RelativeMapper = RelativeLink;
