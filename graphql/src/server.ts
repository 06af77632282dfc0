import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Core } from '@strapi/strapi';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { GraphQLContext } from './context';
import { landingPage } from './http/landing-page';
import { limitRules, type QueryLimits } from './limits';
import { resolvers } from './schema/resolvers.generated';
import { typeDefs } from './schema/typeDefs.generated';
import { statementsSoFar } from './sql-counter';

const EXPECTED_CODES = new Set([
  'BAD_USER_INPUT', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE', 'BAD_REQUEST', 'UNAUTHENTICATED', 'QUERY_TOO_COMPLEX',
]);

/** Anything unexpected is logged with its stack and reaches the client only as a generic error. */
const maskErrors =
  (strapi: Core.Strapi) =>
  (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    // Apollo files every validation error under GRAPHQL_VALIDATION_FAILED; ours say what they are.
    if (formatted.extensions?.limit) formatted = { ...formatted, extensions: { ...formatted.extensions, code: 'QUERY_TOO_COMPLEX' } };
    else if (formatted.extensions?.argument) formatted = { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT' } };
    const code = formatted.extensions?.code as string | undefined;
    if (code && EXPECTED_CODES.has(code)) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    strapi.log.error(`[graphql] ${(error as Error)?.stack ?? formatted.message}`);
    return { message: 'Unexpected error.', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };

const sqlStatementsPlugin: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        const statements = statementsSoFar();
        if (response.body.kind === 'single' && statements !== null) {
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, sqlStatements: statements };
        }
      },
    };
  },
};

export interface ServerOptions {
  limits: QueryLimits;
  production: boolean;
  introspection: boolean;
  exposeSqlCount: boolean;
}

export const createApolloServer = (strapi: Core.Strapi, options: ServerOptions) =>
  new ApolloServer<GraphQLContext>({
    typeDefs,
    resolvers,
    introspection: options.introspection,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: options.production,
    validationRules: limitRules(options.limits),
    parseOptions: { maxTokens: options.limits.maxTokens },
    formatError: maskErrors(strapi),
    plugins: [
      options.introspection ? landingPage() : ApolloServerPluginLandingPageDisabled(),
      ...(options.exposeSqlCount ? [sqlStatementsPlugin] : []),
    ],
  });

export { GraphQLError };
