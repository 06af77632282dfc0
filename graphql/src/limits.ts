import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { Kind, type GraphQLError, type FieldNode, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql';
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

const OBJECT_COST = 2;
const SCALAR_COST = 1;
const DEPTH_FACTOR = 1.5;

/** A literal `first`/`last` page size multiplies the cost of a list field and everything under it. */
const pageSize = (field: FieldNode) => {
  const size = field.arguments?.find((arg) => arg.name.value === 'first' || arg.name.value === 'last')?.value;
  return size?.kind === Kind.INT ? Math.max(parseInt(size.value, 10) || 1, 1) : 1;
};

/**
 * graphql-armor's cost formula (2 per object, 1 per scalar, x1.5 per level, x page size), except
 * that fragments, named or inline, cost what the same fields written in place cost: the library
 * counts each fragment as one more level, so a generated client's fragment-per-component query was
 * refused where the same query written out passed. Fragment cycles are refused by GraphQL's own
 * NoFragmentCycles rule; the guard here only keeps this walk finite meanwhile.
 */
const costRule =
  (maxCost: number): ValidationRule =>
  (context) => {
    const selectionCost = (set: SelectionSetNode, seen: ReadonlySet<string>): number =>
      set.selections.reduce((total, selection) => {
        if (selection.kind === Kind.INLINE_FRAGMENT) return total + selectionCost(selection.selectionSet, seen);
        if (selection.kind === Kind.FRAGMENT_SPREAD) {
          const fragment = context.getFragment(selection.name.value);
          if (!fragment || seen.has(fragment.name.value)) return total;
          return total + selectionCost(fragment.selectionSet, new Set([...seen, fragment.name.value]));
        }
        if (selection.name.value === '__schema') return total;
        if (!selection.selectionSet) return total + SCALAR_COST;
        return total + (OBJECT_COST + DEPTH_FACTOR * selectionCost(selection.selectionSet, seen)) * pageSize(selection);
      }, 0);
    return {
      OperationDefinition(operation) {
        // The top level counts its fields without the depth factor, as the library does.
        const cost = selectionCost(operation.selectionSet, new Set());
        if (cost > maxCost) context.reportError(new QueryLimitError(`Query Cost limit of ${maxCost} exceeded, found ${cost}.`, 'cost'));
      },
    };
  };

export const limitRules = (limits: QueryLimits): ValidationRule[] =>
  [
    maxDepthRule({ n: limits.maxDepth, ignoreIntrospection: true, ...rejectAs('depth') }),
    costRule(limits.maxCost),
    maxAliasesRule({ n: limits.maxAliases, ...rejectAs('aliases') }),
    maxDirectivesRule({ n: limits.maxDirectives, ...rejectAs('directives') }),
  ] as unknown as ValidationRule[];
