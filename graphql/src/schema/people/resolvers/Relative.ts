import type { RelationKind, RelativeResolvers } from '../../../../../types/generated/resolvers-types.generated';

export const Relative: RelativeResolvers = {
  kind: ({ kind }) => kind as RelationKind,
};
