/** Locales content can be read in; the first available one along the chain wins. */
export type LocaleCode = 'de' | 'en';

export const LOCALES: readonly LocaleCode[] = ['de', 'en'];

/** How a document was read: its locale chain, and drafts (preview) or published versions. */
export interface EntityScope {
  /** Relations are read along the same chain, so the chain is part of what an object is. */
  chain: LocaleCode[];
  draft: boolean;
}

/**
 * A document as the public read path returns it: one visible version's fields under their
 * attribute names (enum values upper-cased for GraphQL, dates as ISO strings).
 */
export interface Entity extends EntityScope {
  /** Row id of the default-locale version: the row whose relations the API follows. Internal, never an API id. */
  rowId: number;
  documentId: string;
  /** Locale the text fields came from; null for types without translations. */
  locale: LocaleCode | null;
  [field: string]: unknown;
}
