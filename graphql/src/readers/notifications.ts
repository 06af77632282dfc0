import type { KeysetPage } from '../../../types/domain/readers';
import type { GraphQLContext } from '../context';
import { BadUserInputError } from '../errors';
import { cursorCodec, pageWindow } from '../pagination';
import type { InboxNotification, NotificationKindName, Viewer } from './ports';

/** Notification ids and inbox cursors are opaque: a reader's own row ids, never to be parsed by clients. */
const ids = cursorCodec('notification:');
const cursors = cursorCodec('inbox:');

export const toNotificationId = (id: number) => ids.encode(id);
export const notificationRowId = (id: string, argument: string) => {
  try {
    return ids.decode(id, argument);
  } catch {
    throw new BadUserInputError(argument, `"${id}" is not a notification id returned by this API.`);
  }
};

export const toKindEnum = (kind: NotificationKindName) => kind.toUpperCase() as Uppercase<NotificationKindName>;
export const fromKindEnum = (kind: string) => kind.toLowerCase() as NotificationKindName;

/** One page of the viewer's inbox, newest first, keyset-paged on the row id. */
export const inboxPage = async (
  ctx: GraphQLContext,
  viewer: Viewer,
  args: { first?: number | null; after?: string | null; unreadOnly?: boolean | null }
): Promise<KeysetPage<InboxNotification>> => {
  const { first } = pageWindow(ctx, { first: args.first }, 20);
  const before = args.after ? cursors.decode(args.after) : null;
  const unreadOnly = args.unreadOnly === true;
  const { rows, total } = await ctx.readers.notifications.inbox(viewer, { first: first + 1, before, unreadOnly });
  return {
    items: rows.slice(0, first).map((node) => ({ cursor: cursors.encode(node.id), node })),
    hasNextPage: rows.length > first,
    hasPreviousPage: before !== null,
    count: async () => total,
  };
};
