import type { ChangeConnectionResolvers } from '../../../../../types/generated/resolvers-types.generated';
import { changeCursor } from '../change-page';

export const ChangeConnection: ChangeConnectionResolvers = {
  edges: ({ items }) => items.map((node) => ({ cursor: changeCursor.encode(node.sequence), node })),
  nodes: ({ items }) => items,
  pageInfo: ({ items, hasNextPage, hasPreviousPage }) => ({
    hasNextPage,
    hasPreviousPage,
    startCursor: items.length ? changeCursor.encode(items[0].sequence) : null,
    endCursor: items.length ? changeCursor.encode(items[items.length - 1].sequence) : null,
  }),
  totalCount: ({ count }) => count(),
};
