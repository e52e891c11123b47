import { FragmentDefinitionNode, GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';

/** Field names (not aliases) selected in a selection set, through inline fragments and fragment spreads. */
function selectedFieldNames(set: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>, seen = new Set<string>()): string[] {
  if (!set) return [];
  const names: string[] = [];
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) names.push(sel.name.value);
    else if (sel.kind === Kind.INLINE_FRAGMENT) names.push(...selectedFieldNames(sel.selectionSet, fragments, seen));
    else if (sel.kind === Kind.FRAGMENT_SPREAD && !seen.has(sel.name.value)) {
      seen.add(sel.name.value);
      names.push(...selectedFieldNames(fragments[sel.name.value]?.selectionSet, fragments, seen));
    }
  }
  return names;
}

/** Which of `allowed` the client selected below the field being resolved (sorted, unique). */
export function requestedSubfields(info: GraphQLResolveInfo, allowed: readonly string[]): string[] {
  const names = new Set(info.fieldNodes.flatMap((node) => selectedFieldNames(node.selectionSet, info.fragments)));
  return allowed.filter((f) => names.has(f)).sort();
}

/**
 * A stable label of the GraphQL operation for the access log: its type and root fields, plus the
 * client's operation name when given, e.g. `query candidate` or `query candidates [CaseloadPage]`.
 */
export function operationLabel(info: GraphQLResolveInfo): string {
  const op = info.operation;
  const roots = [...new Set(selectedFieldNames(op.selectionSet, info.fragments))].filter((n) => !n.startsWith('__'));
  const label = `${op.operation} ${roots.join(',')}${op.name ? ` [${op.name.value}]` : ''}`;
  return label.slice(0, 120);
}
