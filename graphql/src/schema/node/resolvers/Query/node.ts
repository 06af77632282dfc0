import type { QueryResolvers } from '../../../../../../types/generated/resolvers-types.generated';
import { fromGlobalId } from '../../global-id';
import { loadNode } from '../../load-node';

export const node: NonNullable<QueryResolvers['node']> = (_, { id }, ctx) => loadNode(ctx, fromGlobalId(id, 'id'));
