import type { GatewayInterface } from '@apollo/server-gateway-interface';
import { GraphQLError, printSchema, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';

/**
 * A resolver's error as graphql-js would report it. graphql-jit's errors have no `extensions` when
 * the thrown error had none (a database error, say), and Apollo reads `extensions.code` before our
 * formatError runs: the request then answered "Internal server error" and nothing was logged.
 */
const withExtensions = (error: GraphQLError) => {
  if (error.extensions) return error;
  const copy = new GraphQLError(error.message, { path: error.path, originalError: error.originalError ?? undefined });
  return Object.assign(copy, { locations: error.locations });
};

/**
 * Executes operations from a plan compiled once per document (graphql-jit) instead of walking the
 * document for every request as graphql-js does: a page repeats the same few documents, and
 * graphql-js re-collects fields, looks up resolvers and checks types for each of its ~250 fields
 * on every request. Apollo Server runs custom execution through its gateway interface; parsing,
 * validation, plugins, error formatting and HTTP stay Apollo's.
 */
export const compiledExecution = (schema: GraphQLSchema, { maxPlans = 1000 } = {}): GatewayInterface => {
  // Keyed by Apollo's query hash and the operation: the same text is the same plan.
  const plans = new LRUCache<string, CompiledQuery | ExecutionResult>({ max: maxPlans });
  return {
    async load() {
      return {
        executor: async ({ queryHash, operationName, operation, document, context, request }) => {
          const key = `${queryHash}:${operationName ?? ''}`;
          let plan = plans.get(key);
          if (!plan) {
            plan = compileQuery(schema, document, operationName ?? undefined);
            plans.set(key, plan);
          }
          // A document that cannot be planned (an unknown operation name) answers its errors.
          if (!isCompiledQuery(plan)) return plan as ExecutionResult;
          const result = (await plan.query(undefined, context, request.variables ?? {})) as ExecutionResult;
          if (!result.errors?.length) return result;
          if (result.data !== undefined) return { ...result, errors: result.errors.map(withExtensions) };
          // Variables it could not coerce: graphql-js's errors point at the variable definition, which
          // Apollo answers as BAD_USER_INPUT naming the variable (graphql-jit's carry no location).
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
          return coerced.errors ? { errors: coerced.errors } : result;
        },
      };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    async stop() {},
  };
};
