import type { PublicContentType } from '../../../../types/domain/changes';
import type { ChangeType } from '../../../../types/generated/resolvers-types.generated';
import { cursorCodec } from '../../pagination';
import type { ChangeFeed, ChangeFilter } from '../../store/changes';
import type { ChangePage } from './schema.mappers';

/** Change cursors are sequence numbers, which stay valid however the feed grows. */
export const changeCursor = cursorCodec('change:');

export const toChangeType = (type: PublicContentType) => type.toUpperCase().replace('-', '_') as ChangeType;
export const fromChangeType = (type: ChangeType) => type.toLowerCase().replace('_', '-') as PublicContentType;

/** `first` changes after the cursor's, plus one read ahead to know whether there are more. */
export const changePage = async (feed: ChangeFeed, filter: ChangeFilter, after: number, first: number): Promise<ChangePage> => {
  const rows = await feed.page(filter, after, first + 1);
  return { items: rows.slice(0, first), hasNextPage: rows.length > first, hasPreviousPage: after > 0, count: () => feed.count(filter) };
};
