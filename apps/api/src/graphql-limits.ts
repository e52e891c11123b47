import { ApolloServerPlugin } from '@apollo/server';
import { DocumentNode, FragmentDefinitionNode, getVariableValues, GraphQLError, Kind, SelectionSetNode } from 'graphql';
import { getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { ErrorCode } from '@wsp/common';

function depthOf(node: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>, seen: Set<string>): number {
  if (!node) return 0;
  let max = 0;
  for (const sel of node.selections) {
    if (sel.kind === Kind.FIELD) {
      const field = sel;
      if (field.name.value.startsWith('__')) continue;
      max = Math.max(max, field.selectionSet ? 1 + depthOf(field.selectionSet, fragments, seen) : 1);
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      max = Math.max(max, depthOf(sel.selectionSet, fragments, seen));
    } else if (sel.kind === Kind.FRAGMENT_SPREAD) {
      const name = sel.name.value;
      if (seen.has(name)) continue; // cycles are reported by graphql's own NoFragmentCycles rule
      const frag = fragments[name];
      if (frag) max = Math.max(max, depthOf(frag.selectionSet, fragments, new Set([...seen, name])));
    }
  }
  return max;
}

/** The operation's field depth (fragments included, introspection fields not counted). */
export function operationDepth(document: DocumentNode, operationName?: string | null): number {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  let max = 0;
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
  }
  for (const def of document.definitions) {
    if (def.kind !== Kind.OPERATION_DEFINITION) continue;
    if (operationName && def.name?.value !== operationName) continue;
    max = Math.max(max, depthOf(def.selectionSet, fragments, new Set()));
  }
  return max;
}

/** A refusal of the whole operation: BAD_USER_INPUT, HTTP 400. */
function refuse(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 }, ...extensions } });
}

/**
 * Apollo plugin: refuses operations nested deeper than `maxDepth` fields or whose estimated cost
 * exceeds `maxComplexity`, before anything executes. Every field costs 1; a list field with a
 * `first` argument multiplies the cost of its children by `first`.
 *
 * Both checks run here rather than as validation rules: Apollo relabels every validation error
 * GRAPHQL_VALIDATION_FAILED, and these are the client's input problems (BAD_USER_INPUT).
 */
export function operationLimitsPlugin(limits: { maxDepth: number; maxComplexity: number }): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operation }) {
          const depth = operationDepth(document, request.operationName);
          if (depth > limits.maxDepth) {
            throw refuse(`Query is te diep genest (${depth} > ${limits.maxDepth})`, { depth, maxDepth: limits.maxDepth });
          }
          // Variables that do not fit their types are reported by execution (BAD_USER_INPUT, 400);
          // the complexity estimator would throw on them instead.
          const coerced = getVariableValues(schema, operation?.variableDefinitions ?? [], request.variables ?? {});
          if (coerced.errors) return;
          const complexity = getComplexity({
            schema,
            query: document,
            operationName: request.operationName ?? undefined,
            variables: coerced.coerced,
            estimators: [
              ({ args, childComplexity }) => {
                const first = typeof args.first === 'number' ? args.first : undefined;
                return first !== undefined ? 1 + first * Math.max(childComplexity, 1) : undefined;
              },
              simpleEstimator({ defaultComplexity: 1 }),
            ],
          });
          if (complexity > limits.maxComplexity) {
            throw refuse(`Query is te complex (${complexity} > ${limits.maxComplexity})`, { complexity, maxComplexity: limits.maxComplexity });
          }
        },
      };
    },
  };
}
