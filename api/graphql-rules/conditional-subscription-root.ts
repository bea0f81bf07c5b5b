import { GraphQLError, Kind, type ASTVisitor, type SelectionSetNode, type ValidationContext } from 'graphql';

/**
 * Refuses `@skip` / `@include` on what a subscription selects at its root. The executor expects
 * exactly one root field to subscribe to; skipping it leaves nothing, and graphql-tools then fails
 * with a TypeError ("undefined is not iterable") instead of an answer the client can act on.
 */
export function conditionalSubscriptionRootRule(context: ValidationContext): ASTVisitor {
  const conditional = (selectionSet: SelectionSetNode, seen: Set<string>): boolean =>
    selectionSet.selections.some((selection) => {
      if (selection.directives?.some((directive) => directive.name.value === 'skip' || directive.name.value === 'include')) return true;
      if (selection.kind === Kind.INLINE_FRAGMENT) return conditional(selection.selectionSet, seen);
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const name = selection.name.value;
        if (seen.has(name)) return false;
        seen.add(name);
        const fragment = context.getFragment(name);
        return fragment ? conditional(fragment.selectionSet, seen) : false;
      }
      return false;
    });
  return {
    OperationDefinition(operation) {
      if (operation.operation !== 'subscription' || !conditional(operation.selectionSet, new Set())) return;
      context.reportError(
        new GraphQLError('A subscription must always select its root field: remove @skip / @include from it (filter in the client instead).', {
          nodes: [operation],
          extensions: { code: 'BAD_USER_INPUT' },
        }),
      );
    },
  };
}
