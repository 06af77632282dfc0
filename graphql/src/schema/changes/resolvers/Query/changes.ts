import type { QueryResolvers } from '../../../../../../types/generated/resolvers-types.generated';
import { pageWindow } from '../../../../pagination';
import { changeCursor, changePage, fromChangeType } from '../../change-page';

export const changes: NonNullable<QueryResolvers['changes']> = (_, { since, after, first, types }, ctx) => {
  const { first: size } = pageWindow(ctx, { first }, 50);
  const filter = { since: since ? new Date(since) : null, types: types?.map(fromChangeType) ?? null };
  return changePage(ctx.loaders.changes, filter, after ? changeCursor.decode(after) : 0, size);
};
