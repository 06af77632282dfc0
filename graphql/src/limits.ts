import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { ValidationRule } from 'graphql';

const int = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
};

/** Query limits, checked during validation: a rejected query runs no resolver and no SQL. */
export const queryLimits = () => ({
  maxDepth: int('SHOWRUNNER_GRAPHQL_MAX_DEPTH', 10),
  maxCost: int('SHOWRUNNER_GRAPHQL_MAX_COST', 5000),
  maxAliases: int('SHOWRUNNER_GRAPHQL_MAX_ALIASES', 15),
  maxDirectives: int('SHOWRUNNER_GRAPHQL_MAX_DIRECTIVES', 20),
  maxTokens: int('SHOWRUNNER_GRAPHQL_MAX_TOKENS', 2000),
  maxBodyBytes: int('SHOWRUNNER_GRAPHQL_MAX_BODY_BYTES', 100_000),
});

export type QueryLimits = ReturnType<typeof queryLimits>;

export const limitRules = (limits: QueryLimits): ValidationRule[] => [
  maxDepthRule({ n: limits.maxDepth, ignoreIntrospection: true, exposeLimits: true }),
  costLimitRule({ maxCost: limits.maxCost, ignoreIntrospection: true, exposeLimits: true }),
  maxAliasesRule({ n: limits.maxAliases, exposeLimits: true }),
  maxDirectivesRule({ n: limits.maxDirectives, exposeLimits: true }),
] as unknown as ValidationRule[];
