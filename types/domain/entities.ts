/** Locales content can be read in; the first available one along the chain wins. */
export type LocaleCode = 'de' | 'en';

export const LOCALES: readonly LocaleCode[] = ['de', 'en'];

/**
 * A document as the public read path returns it: one visible version's fields under their
 * attribute names (enum values upper-cased for GraphQL, dates as ISO strings).
 */
export interface Entity {
  /** Row id of the default-locale version: the row whose relations the API follows. */
  id: number;
  documentId: string;
  /** Locale the text fields came from; null for types without translations. */
  locale: LocaleCode | null;
  /** The chain the document was read with; relations are read along the same chain. */
  chain: LocaleCode[];
  [field: string]: unknown;
}
