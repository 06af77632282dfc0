import type { MutationResolvers } from '../../../../../../types/generated/resolvers-types.generated';
import { changeFollow } from '../../../../readers/follows';

export const unfollowSeries: NonNullable<MutationResolvers['unfollowSeries']> = async (_, { input }, ctx) => {
  const { node, userErrors } = await changeFollow(ctx, 'unfollow', { kind: 'series', slug: input.series });
  return { series: node, userErrors };
};
