import type { DatePrecision, PartialDate } from '../../../../types/generated/resolvers-types.generated';

/** A date known only to the month or year is stored as its first day with a precision; a day unless stated. */
export const partialDate = (date: string | null, precision: DatePrecision | null): PartialDate | null =>
  date ? { date, precision: precision ?? 'DAY' } : null;
