import type { DeleteViewerAccountPayloadResolvers } from '../../../../../types/generated/resolvers-types.generated';

export const DeleteViewerAccountPayload: DeleteViewerAccountPayloadResolvers = {};
