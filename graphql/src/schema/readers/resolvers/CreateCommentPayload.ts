import type { CreateCommentPayloadResolvers } from '../../../../../types/generated/resolvers-types.generated';

export const CreateCommentPayload: CreateCommentPayloadResolvers = {};
