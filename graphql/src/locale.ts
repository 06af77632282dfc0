import type { Locale } from '../../types/generated/resolvers-types.generated';
import { LOCALES, type LocaleCode } from '../../types/domain/entities';

const FALLBACK: LocaleCode[] = ['de', 'en'];

/** The requested locale first, then German, then English. */
export const localeChain = (requested?: Locale | null): LocaleCode[] => {
  const first = requested ? (requested.toLowerCase() as LocaleCode) : FALLBACK[0];
  return [first, ...FALLBACK.filter((code) => code !== first)].filter((code) => LOCALES.includes(code));
};

export const toLocaleEnum = (code: string | null | undefined): Locale | null => (code ? (code.toUpperCase() as Locale) : null);
