import type { CreditGroup, PersonEntity, RelativeLink } from '../../../../types/domain';

export type PersonMapper = PersonEntity;
export type PersonCreditMapper = CreditGroup;
export type RelativeMapper = RelativeLink;
