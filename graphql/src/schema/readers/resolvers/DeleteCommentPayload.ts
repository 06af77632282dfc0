import type { DeleteCommentPayloadResolvers } from '../../../../../types/generated/resolvers-types.generated';

export const DeleteCommentPayload: DeleteCommentPayloadResolvers = {};
