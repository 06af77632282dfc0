import type { NotificationConnectionResolvers } from '../../../../../types/generated/resolvers-types.generated';

export const NotificationConnection: NotificationConnectionResolvers = {
  edges: (page) => page.items,
  nodes: (page) => page.items.map(({ node }) => node),
  pageInfo: ({ items, hasNextPage, hasPreviousPage }) => ({
    hasNextPage,
    hasPreviousPage,
    startCursor: items[0]?.cursor ?? null,
    endCursor: items.at(-1)?.cursor ?? null,
  }),
  totalCount: (page) => page.count(),
};
