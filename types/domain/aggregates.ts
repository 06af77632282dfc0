import type { RelationKind } from '../generated/resolvers-types.generated';
import type { CreditEntity, PersonEntity, SeriesEntity, StatusEventEntity } from './content';

/** A person's credits on one series and department, as the API groups them. */
export interface CreditGroup {
  person: PersonEntity;
  series: SeriesEntity;
  credits: CreditEntity[];
}

export interface RelativeLink {
  person: PersonEntity;
  kind: RelationKind;
  detail: string | null;
}

export interface StatementSource {
  text: string;
  event: StatusEventEntity;
}

/** One page of a list plus what a connection needs to describe it; the total is counted only when asked. */
export interface PageSource<T> {
  items: T[];
  offset: number;
  hasNextPage: boolean;
  count: () => Promise<number>;
}
