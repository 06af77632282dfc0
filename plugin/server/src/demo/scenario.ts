/**
 * A demo scenario is a list of entries in dependency order. `links` name other entries as
 * `<type>:<key>`; `identity` lists the fields that find an entry again, so loading twice finds
 * instead of duplicating.
 */
export type DemoType =
  | 'series'
  | 'season'
  | 'person'
  | 'kinship'
  | 'credit'
  | 'statusEvent'
  | 'article'
  | 'comment'
  | 'platform'
  | 'company'
  | 'franchise'
  | 'genre'
  | 'outlet'
  | 'author'
  | 'category';

export type DemoRef = `${DemoType}:${string}`;

export interface DemoEntry {
  type: DemoType;
  key: string;
  data: Record<string, unknown>;
  links?: Record<string, DemoRef | DemoRef[]>;
  /** Fields (data or link names) that identify the entry; defaults to `slug`. */
  identity?: string[];
  /** Extra locales of a localized entry: only the translated fields. */
  translations?: Record<string, Record<string, unknown>>;
}

export const paragraphs = (...texts: string[]) => texts.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));
