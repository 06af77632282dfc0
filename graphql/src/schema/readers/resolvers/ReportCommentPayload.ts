import type { ReportCommentPayloadResolvers } from '../../../../../types/generated/resolvers-types.generated';

export const ReportCommentPayload: ReportCommentPayloadResolvers = {};
