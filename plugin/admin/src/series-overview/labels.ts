/** German words for the enumeration values the overview shows; the raw value is the fallback. */
export const STATUS_EVENT_KINDS: Record<string, string> = {
  ordered: 'Bestellt',
  renewed: 'Verlängert',
  cancelled: 'Abgesetzt',
  ended: 'Beendet',
  production_started: 'Drehstart',
  premiere_dated: 'Premiere terminiert',
};

export const JOBS: Record<string, string> = {
  creator: 'Schöpfer:in',
  developer: 'Entwicklung',
  showrunner: 'Showrunner',
  executive_producer: 'Executive Producer',
  co_executive_producer: 'Co-Executive Producer',
  producer: 'Produktion',
  source_author: 'Autor:in der Vorlage',
  writer: 'Drehbuch',
  director: 'Regie',
};

const MONTH_YEAR = new Intl.DateTimeFormat('de-DE', { month: '2-digit', year: 'numeric' });
const DAY = new Intl.DateTimeFormat('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric' });

/** A date as exactly as it is known: "06.10.2025", "10.2025" or "2025". */
export const partialDate = (value: string | null | undefined, precision: string | null | undefined = 'day') => {
  if (!value) return null;
  const date = new Date(value.length === 10 ? `${value}T12:00:00Z` : value);
  if (precision === 'year') return String(date.getUTCFullYear());
  if (precision === 'month') return MONTH_YEAR.format(date);
  return DAY.format(date);
};
