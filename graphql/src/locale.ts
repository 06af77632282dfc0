import type { Locale } from '../../types/generated/resolvers-types.generated';
import { LOCALES, type LocaleCode } from '../../types/domain/entities';

const FALLBACK: LocaleCode[] = ['de', 'en'];

/** The given locale first, then German, then English: the first locale decides the whole chain. */
export const chainFrom = (first: LocaleCode): LocaleCode[] => [first, ...FALLBACK.filter((code) => code !== first)].filter((code) => LOCALES.includes(code));

/** The chain of a `locale` argument; German when none is given. */
export const localeChain = (requested?: Locale | null): LocaleCode[] => chainFrom(requested ? (requested.toLowerCase() as LocaleCode) : FALLBACK[0]);

export const toLocaleEnum = (code: string | null | undefined): Locale | null => (code ? (code.toUpperCase() as Locale) : null);
