export type DatePrecision = 'day' | 'month' | 'year';

/** The last calendar day a date of the given precision can stand for ("2025-10" -> "2025-10-31"). */
export const latestDayOf = (isoDate: string, precision: DatePrecision = 'day'): string => {
  const [year, month] = isoDate.slice(0, 10).split('-').map(Number);
  if (precision === 'year') return `${year}-12-31`;
  if (precision === 'month') {
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return `${year}-${String(month).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
  }
  return isoDate.slice(0, 10);
};

/** A renewal is confirmed too early when even the latest day its confirmation date can mean lies before the report. */
export const confirmedBeforeReported = (reportedAt: string | Date, confirmedOn: string, precision: DatePrecision = 'day'): boolean =>
  latestDayOf(confirmedOn, precision) < new Date(reportedAt).toISOString().slice(0, 10);
