import type { MutationResolvers } from '../../../../../../types/generated/resolvers-types.generated';
import { changeFollow } from '../../../../readers/follows';

export const unfollowPerson: NonNullable<MutationResolvers['unfollowPerson']> = async (_, { input }, ctx) => {
  const { node, userErrors } = await changeFollow(ctx, 'unfollow', { kind: 'person', slug: input.person });
  return { person: node, userErrors };
};
