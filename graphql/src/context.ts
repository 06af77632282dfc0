import type { Core } from '@strapi/strapi';
import type { Loaders } from './loaders';
import type { ReaderLoaders } from './loaders/readers';
import type { ReaderPorts, Viewer } from './readers/ports';
import type { GraphQLSettings } from './settings';

export interface GraphQLContext {
  strapi: Core.Strapi;
  settings: GraphQLSettings;
  loaders: Loaders;
  /** True when a valid preview token came with the request: drafts instead of published versions. */
  preview: boolean;
  /** The signed-in reader (users-permissions JWT), or null: anonymous. */
  viewer: Viewer | null;
  /** What the host does for readers: authentication, follows, comments, reports, account data. */
  readers: ReaderPorts;
  /** Follows, feed and comments on the read path, batched per request (the viewer's own rows only). */
  readerLoaders: ReaderLoaders;
  /** Tells the response cache that data of `uid` changed outside the Document Service (follows). */
  changed: (uid: string) => void;
  /** Models read while answering, for the response cache. */
  touched: Set<string>;
}
