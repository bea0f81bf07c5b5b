/**
 * A Yoga plugin that measures and logs each GraphQL operation: its count by outcome (ok, or the
 * error code the client gets), its duration, the open subscription streams, and one log line
 * (debug when it went well, info when not). Resolvers run inside a log context with the caller's
 * workspace, so what they log says whose request it was.
 *
 * The `operation` label is the operation's first root field (`sendCustomerMessage`), not the name
 * the client chose: the schema bounds the first, while anyone can send a million different names.
 * The client's name is in the log line.
 */
import { getOperationAST, GraphQLError, type DocumentNode, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { currentLogger, withLogContext } from '../telemetry/logger';
import { graphqlOperationDuration, graphqlOperations, sseSubscribers } from '../telemetry/metrics';
import type { BatonContext } from './context';

type Described = { operation: string; type: string; clientName: string | undefined };

function describe(document: DocumentNode, operationName: string | null | undefined): Described {
  const ast = getOperationAST(document, operationName);
  const first = ast?.selectionSet.selections.find((selection) => selection.kind === 'Field');
  return { operation: first?.kind === 'Field' ? first.name.value : 'unknown', type: ast?.operation ?? 'unknown', clientName: ast?.name?.value };
}

/** ok, or the code of the first error (what clients branch on; a masked bug is INTERNAL_SERVER_ERROR). */
export function outcomeOf(errors: readonly GraphQLError[] | undefined): string {
  if (!errors || errors.length === 0) return 'ok';
  const code = errors[0]!.extensions?.code;
  return typeof code === 'string' && /^[A-Z_]{1,40}$/.test(code) ? code : 'INTERNAL_SERVER_ERROR';
}

function report(described: Described, outcome: string, started: number, timed: boolean): void {
  const seconds = (performance.now() - started) / 1000;
  graphqlOperations.inc({ operation: described.operation, type: described.type, outcome });
  if (timed) graphqlOperationDuration.observe({ operation: described.operation, type: described.type }, seconds);
  const line = { operation: described.operation, operationName: described.clientName, type: described.type, outcome, durationMs: Math.round(seconds * 1000) };
  if (outcome === 'ok') currentLogger().debug(line, 'graphql operation');
  else currentLogger().info(line, 'graphql operation');
}

const isAsyncIterable = (value: unknown): value is AsyncIterable<unknown> => typeof value === 'object' && value !== null && Symbol.asyncIterator in value;

const workspaceOf = (context: unknown) => (context as Partial<BatonContext>).principal?.workspaceId;

export const useOperationObservation = (): Plugin<BatonContext> => ({
  onValidate({ params }) {
    return ({ valid, result }) => {
      if (valid) return;
      const described = describe(params.documentAST, undefined);
      // Invalid against the schema or over a query limit: the client's input, as api/yoga.ts codes it.
      if (result.length > 0) report(described, 'BAD_USER_INPUT', performance.now(), false);
    };
  },
  onExecute({ args, executeFn, setExecuteFn }) {
    const described = describe(args.document, args.operationName);
    const started = performance.now();
    setExecuteFn((executeArgs) => withLogContext({ workspaceId: workspaceOf(executeArgs.contextValue) }, () => executeFn(executeArgs)));
    return {
      onExecuteDone({ result }) {
        if (isAsyncIterable(result)) return;
        report(described, outcomeOf((result as ExecutionResult).errors), started, true);
      },
    };
  },
  onSubscribe({ args }) {
    const described = describe(args.document, args.operationName);
    const started = performance.now();
    return {
      onSubscribeError({ error }) {
        report(described, error instanceof GraphQLError ? outcomeOf([error]) : 'INTERNAL_SERVER_ERROR', started, false);
      },
      onSubscribeResult({ result }) {
        if (!isAsyncIterable(result)) {
          report(described, outcomeOf((result as ExecutionResult).errors), started, false);
          return;
        }
        report(described, 'ok', started, false);
        sseSubscribers.inc();
        return {
          onEnd() {
            sseSubscribers.dec();
          },
        };
      },
    };
  },
});
