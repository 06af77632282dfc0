import type { CreditEntity, CreditGroup, PageSource } from '../../../../types/domain';

export type CastConnectionMapper = PageSource<CreditGroup>;
export type CastMemberMapper = CreditGroup;
export type CastRoleMapper = CreditEntity;
export type CrewConnectionMapper = PageSource<CreditGroup>;
export type CrewMemberMapper = CreditGroup;
export type CrewJobMapper = CreditEntity;
export type PersonCreditMapper = CreditGroup;
