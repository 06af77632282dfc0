import type { Core } from '@strapi/strapi';
import type { Loaders } from './loaders';

export interface GraphQLContext {
  strapi: Core.Strapi;
  loaders: Loaders;
  /** True when a valid preview token came with the request: drafts instead of published versions. */
  preview: boolean;
  /** Models read while answering, for the response cache. */
  touched: Set<string>;
}
