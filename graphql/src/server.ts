import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Core } from '@strapi/strapi';
import { GraphQLError } from 'graphql';
import { serializeResult, type ResponseCache } from './cache/response-cache';
import { responseCachePlugin } from './cache/response-cache-plugin';
import type { GraphQLContext } from './context';
import { compiledExecution } from './compiled-execution';
import { formatError } from './errors';
import { csrfPrevention } from './http/csrf';
import { landingPage } from './http/landing-page';
import { mediaTypePlugin } from './http/media-type';
import { limitRules, type QueryLimits } from './limits';
import { refusalStatusPlugin } from './readers/refusal-status';
import { resolvers } from './schema/resolvers.generated';
import { typeDefs } from './schema/typeDefs.generated';
import { rowsSoFar, statementsSoFar } from './sql-counter';

const sqlStatementsPlugin: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        const statements = statementsSoFar();
        if (response.body.kind !== 'single' || statements === null) return;
        const { extensions } = response.body.singleResult;
        // A cached answer keeps the count of the request that produced it: its bytes and ETag stay the same.
        response.body.singleResult.extensions = {
          ...extensions,
          sqlStatements: extensions?.sqlStatements ?? statements,
          sqlRows: extensions?.sqlRows ?? rowsSoFar(),
        };
      },
    };
  },
};

export interface ServerOptions {
  limits: QueryLimits;
  production: boolean;
  introspection: boolean;
  exposeSqlCount: boolean;
  /** The shared response cache, or null when it is off; `maxAge` is the public answers' Cache-Control max-age in seconds. */
  responseCache: { cache: ResponseCache; maxAge: number } | null;
  /** Execute from plans compiled once per document (./compiled-execution.ts) instead of graphql-js's interpreter. */
  compiledExecution: boolean;
}

export const createApolloServer = (strapi: Core.Strapi, options: ServerOptions) => {
  const schema = makeExecutableSchema({ typeDefs, resolvers });
  return new ApolloServer<GraphQLContext>({
    ...(options.compiledExecution ? { gateway: compiledExecution(schema) } : { schema }),
    introspection: options.introspection,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: options.production,
    validationRules: limitRules(options.limits),
    parseOptions: { maxTokens: options.limits.maxTokens },
    formatError: formatError((message) => strapi.log.error(message)),
    stringifyResult: serializeResult,
    csrfPrevention: false,
    plugins: [
      options.introspection ? landingPage() : ApolloServerPluginLandingPageDisabled(),
      // Cache-Control is the response cache's (and the HTTP layer's) to set.
      ApolloServerPluginCacheControlDisabled(),
      csrfPrevention(),
      mediaTypePlugin(),
      refusalStatusPlugin(),
      // Before the cache, whose willSendResponse stores the extensions as they are sent.
      ...(options.exposeSqlCount ? [sqlStatementsPlugin] : []),
      ...(options.responseCache ? [responseCachePlugin(options.responseCache.cache, options.responseCache)] : []),
    ],
  });
};

export { GraphQLError };
