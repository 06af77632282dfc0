import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { GraphQLError, ValidationContext, ValidationRule } from 'graphql';
import { QueryLimitError } from './errors';

const int = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
};

/** Query limits, checked during validation: a rejected query runs no resolver and no SQL. */
export const queryLimits = () => ({
  maxDepth: int('SHOWRUNNER_GRAPHQL_MAX_DEPTH', 10),
  maxCost: int('SHOWRUNNER_GRAPHQL_MAX_COST', 20000),
  maxAliases: int('SHOWRUNNER_GRAPHQL_MAX_ALIASES', 15),
  maxDirectives: int('SHOWRUNNER_GRAPHQL_MAX_DIRECTIVES', 20),
  maxTokens: int('SHOWRUNNER_GRAPHQL_MAX_TOKENS', 2000),
  maxBodyBytes: int('SHOWRUNNER_GRAPHQL_MAX_BODY_BYTES', 100_000),
});

export type QueryLimits = ReturnType<typeof queryLimits>;

/** Report a rejection as a validation error (a 400), instead of the library's default of throwing (a 500). */
const rejectAs = (limit: string) => ({
  exposeLimits: true,
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(new QueryLimitError(error.message.replace(/^Syntax Error: /, ''), limit))],
});

export const limitRules = (limits: QueryLimits): ValidationRule[] =>
  [
    maxDepthRule({ n: limits.maxDepth, ignoreIntrospection: true, ...rejectAs('depth') }),
    costLimitRule({ maxCost: limits.maxCost, ignoreIntrospection: true, ...rejectAs('cost') }),
    maxAliasesRule({ n: limits.maxAliases, ...rejectAs('aliases') }),
    maxDirectivesRule({ n: limits.maxDirectives, ...rejectAs('directives') }),
  ] as unknown as ValidationRule[];
