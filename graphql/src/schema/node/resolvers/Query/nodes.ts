import type { QueryResolvers } from '../../../../../../types/generated/resolvers-types.generated';
import { BadUserInputError } from '../../../../errors';
import { fromGlobalId } from '../../global-id';
import { loadNode } from '../../load-node';

export const nodes: NonNullable<QueryResolvers['nodes']> = (_, { ids }, ctx) => {
  if (ids.length > ctx.settings.maxPageSize) throw new BadUserInputError('ids', `at most ${ctx.settings.maxPageSize} ids at a time, got ${ids.length}.`);
  // Every id is checked before any is read: a bad one fails the field without running SQL.
  const decoded = ids.map((id) => fromGlobalId(id, 'ids'));
  return Promise.all(decoded.map((id) => loadNode(ctx, id)));
};
