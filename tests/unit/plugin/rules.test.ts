import { normalizeSearchText } from '../../../types/domain/search-text';
import { confirmedBeforeReported, latestDayOf } from '../../../plugin/server/src/validation/dates';

describe('dates with a precision', () => {
  it('knows the last day a month or year can stand for', () => {
    expect(latestDayOf('2025-10-01', 'month')).toBe('2025-10-31');
    expect(latestDayOf('2024-02-01', 'month')).toBe('2024-02-29');
    expect(latestDayOf('2025-01-01', 'year')).toBe('2025-12-31');
    expect(latestDayOf('2025-10-06', 'day')).toBe('2025-10-06');
  });

  it('calls a confirmation too early only when even its latest possible day precedes the report', () => {
    expect(confirmedBeforeReported('2025-10-06T09:48:00Z', '2025-10-01', 'month')).toBe(false);
    expect(confirmedBeforeReported('2025-10-06T09:48:00Z', '2025-10-05', 'day')).toBe(true);
    expect(confirmedBeforeReported('2025-10-06T09:48:00Z', '2025-10-06', 'day')).toBe(false);
    expect(confirmedBeforeReported('2025-10-06T09:48:00Z', '2025-09-01', 'month')).toBe(true);
  });
});

describe('normalizeSearchText', () => {
  it('folds case, accents and ß so readers find names however they type them', () => {
    expect(normalizeSearchText('Renée  BALLARD')).toBe('renee ballard');
    expect(normalizeSearchText('Schluß mit „Bosch“')).toBe('schluss mit „bosch“');
  });
});
