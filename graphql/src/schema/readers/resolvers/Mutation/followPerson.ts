import type { MutationResolvers } from '../../../../../../types/generated/resolvers-types.generated';
import { changeFollow } from '../../../../readers/follows';

export const followPerson: NonNullable<MutationResolvers['followPerson']> = async (_, { input }, ctx) => {
  const { node, userErrors } = await changeFollow(ctx, 'follow', { kind: 'person', slug: input.person });
  return { person: node, userErrors };
};
