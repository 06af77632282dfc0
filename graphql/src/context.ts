import type { Core } from '@strapi/strapi';
import type { Loaders } from './loaders';
import type { GraphQLSettings } from './settings';

export interface GraphQLContext {
  strapi: Core.Strapi;
  settings: GraphQLSettings;
  loaders: Loaders;
  /** True when a valid preview token came with the request: drafts instead of published versions. */
  preview: boolean;
  /** Models read while answering, for the response cache. */
  touched: Set<string>;
}
