import type { UserError } from '@showrunner/graphql';
import { NOTIFICATION_KINDS } from '../contract';

export const MAX_SERIES = 50;
const EMAIL = /^[^\s@<>(),;:"[\]\\]+@[^\s@<>(),;:"[\]\\]+\.[^\s@<>(),;:"[\]\\]{2,}$/;

export interface AlertRequest {
  email: string;
  series: string[];
  kinds: string[];
}

const error = (code: string, message: string, field: (string | number)[]): UserError => ({ code, message, field: ['input', ...field.map(String)] });

/** The address as it is stored and limited: trimmed and lower-cased, so "Anna@Example.com " is one address. */
export const normalizeEmail = (email: string) => email.trim().toLowerCase();

/**
 * What is wrong with a subscription request, field by field, before anything is looked up. Kinds
 * default to TV dates ("broadcast"), the alert the subscription form on the series page offers.
 */
export const checkAlertRequest = (input: { email: string; series: string[]; kinds?: string[] | null }): { request: AlertRequest; errors: UserError[] } => {
  const email = normalizeEmail(input.email);
  const kinds = input.kinds?.length ? [...new Set(input.kinds)] : ['broadcast'];
  const series = input.series.map((slug) => slug.trim());
  const errors: UserError[] = [];
  if (email.length > 254 || !EMAIL.test(email)) errors.push(error('INVALID_EMAIL', 'Bitte gib eine gültige E-Mail-Adresse an.', ['email']));
  if (series.length === 0) errors.push(error('SERIES_REQUIRED', 'Bitte wähle mindestens eine Serie.', ['series']));
  if (series.length > MAX_SERIES) errors.push(error('TOO_MANY_SERIES', `Höchstens ${MAX_SERIES} Serien auf einmal.`, ['series']));
  input.kinds?.forEach((kind, index) => {
    if (!(NOTIFICATION_KINDS as readonly string[]).includes(kind))
      errors.push(error('UNKNOWN_KIND', `„${kind}“ gibt es nicht; möglich sind ${NOTIFICATION_KINDS.join(', ')}.`, ['kinds', index]));
  });
  return { request: { email, series, kinds }, errors };
};

/** The slugs that name no published series, as errors on their positions in the input. */
export const unknownSeriesErrors = (slugs: string[], known: Set<string>): UserError[] =>
  slugs.flatMap((slug, index) => (known.has(slug) ? [] : [error('UNKNOWN_SERIES', `Die Serie „${slug}“ gibt es hier nicht.`, ['series', index])]));

export const invalidTokenError = (): UserError =>
  error('INVALID_TOKEN', 'Dieser Bestätigungslink ist ungültig oder abgelaufen. Bitte melde dich noch einmal an.', ['token']);
