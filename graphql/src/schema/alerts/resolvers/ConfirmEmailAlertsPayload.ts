import type { ConfirmEmailAlertsPayloadResolvers } from '../../../../../types/generated/resolvers-types.generated';

export const ConfirmEmailAlertsPayload: ConfirmEmailAlertsPayloadResolvers = {};
