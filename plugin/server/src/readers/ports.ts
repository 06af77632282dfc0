import type { Core } from '@strapi/strapi';
import type { ReaderPorts } from '@showrunner/graphql';
import { getService } from '../get-service';

/**
 * What the plugin hands createGraphQLMount for signed-in readers: the readers service's
 * implementation of the GraphQL layer's contract (graphql/src/readers/ports.ts).
 */
export const createReaderPorts = (strapi: Core.Strapi): ReaderPorts => getService(strapi, 'readers').ports();
