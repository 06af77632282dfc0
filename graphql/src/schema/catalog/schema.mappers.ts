import type { CompanyEntity, FranchiseEntity, NamedEntity, OutletEntity, PlatformEntity } from '../../../../types/domain';

export type PlatformMapper = PlatformEntity;
export type CompanyMapper = CompanyEntity;
export type FranchiseMapper = FranchiseEntity;
export type GenreMapper = NamedEntity;
export type OutletMapper = OutletEntity;
