import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { GraphQLError, ValidationContext, ValidationRule } from 'graphql';
import { QueryLimitError } from './errors';
import type { GraphQLSettings } from './settings';

/** Query limits, checked during validation: a rejected query runs no resolver and no SQL. */
export type QueryLimits = Pick<GraphQLSettings, 'maxDepth' | 'maxCost' | 'maxAliases' | 'maxDirectives' | 'maxTokens' | 'maxBodyBytes'>;

/** Report a rejection as a validation error (a 400), instead of the library's default of throwing (a 500). */
const rejectAs = (limit: string) => ({
  exposeLimits: true,
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) => context?.reportError(new QueryLimitError(error.message.replace(/^Syntax Error: /, ''), limit)),
  ],
});

export const limitRules = (limits: QueryLimits): ValidationRule[] =>
  [
    maxDepthRule({ n: limits.maxDepth, ignoreIntrospection: true, ...rejectAs('depth') }),
    costLimitRule({ maxCost: limits.maxCost, ignoreIntrospection: true, ...rejectAs('cost') }),
    maxAliasesRule({ n: limits.maxAliases, ...rejectAs('aliases') }),
    maxDirectivesRule({ n: limits.maxDirectives, ...rejectAs('directives') }),
  ] as unknown as ValidationRule[];
