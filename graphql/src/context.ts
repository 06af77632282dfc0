import type { Core } from '@strapi/strapi';
import type { Loaders } from './loaders';
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
  /** Models read while answering, for the response cache. */
  touched: Set<string>;
}
