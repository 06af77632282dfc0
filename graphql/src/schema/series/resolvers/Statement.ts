import type { PersonEntity } from '../../../../../types/domain';
import type { StatementResolvers } from '../../../../../types/generated/resolvers-types.generated';
import { relatedMany } from '../../../relations';
import { UID } from '../../../../../types/domain/uids';

export const Statement: StatementResolvers = {
  by: ({ event }, _, ctx) => relatedMany<PersonEntity>(ctx, event, UID.statusEvent, 'statementBy'),
};
