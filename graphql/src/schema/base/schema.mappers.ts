import type { CreditedImageValue, ExternalIdValue } from '../../../../types/domain';

export type CreditedImageMapper = CreditedImageValue;
export type ExternalIdMapper = ExternalIdValue;
