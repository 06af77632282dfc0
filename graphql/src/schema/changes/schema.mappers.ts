import type { ChangeRecord } from '../../../../types/domain';

export type ChangeMapper = ChangeRecord;

/** A page of the feed: cursors are sequence numbers, not offsets. */
export interface ChangePage {
  items: ChangeRecord[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  count: () => Promise<number>;
}

export type ChangeConnectionMapper = ChangePage;
