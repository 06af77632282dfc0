import type { StatementResolvers } from '../../../../../types/generated/resolvers-types.generated';

export const Statement: StatementResolvers = {
  by: ({ event }, _, { loaders }) => loaders.in(event).speakersByStatusEvent.load(event.rowId),
};
