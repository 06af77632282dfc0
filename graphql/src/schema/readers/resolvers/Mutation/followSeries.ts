import type { MutationResolvers } from '../../../../../../types/generated/resolvers-types.generated';
import { changeFollow } from '../../../../readers/follows';

export const followSeries: NonNullable<MutationResolvers['followSeries']> = async (_, { input }, ctx) => {
  const { node, userErrors } = await changeFollow(ctx, 'follow', { kind: 'series', slug: input.series });
  return { series: node, userErrors };
};
