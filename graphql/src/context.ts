import type { Core } from '@strapi/strapi';
import type { AlertPorts } from './alerts/ports';
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
  /** E-mail alerts without an account; null when the host offers none. */
  alerts: AlertPorts | null;
  /** The client's address as Koa sees it (behind a proxy: with Strapi's `proxy` setting on), for per-IP limits and consent records. */
  clientIp: string;
  /** Follows, feed and comments on the read path, batched per request (the viewer's own rows only). */
  readerLoaders: ReaderLoaders;
  /** Tells the response cache that data of `uid` changed outside the Document Service (follows). */
  changed: (uid: string) => void;
  /** Models read while answering, for the response cache. */
  touched: Set<string>;
}
