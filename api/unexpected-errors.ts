import { createGraphQLError, maskError } from 'graphql-yoga';
import { GraphQLError } from 'graphql';
import { logUnexpectedError } from './error-log';
import { RequestAbortedError, RequestTooLargeError } from './http/body-limit';

/**
 * Yoga's error masking, plus an error id: an error Baton did not expect is logged with its stack
 * under a fresh id, and the client gets only `Unexpected error.` with `{ code: 'INTERNAL_SERVER_ERROR',
 * errorId }`, never the stack, whatever NODE_ENV says. Errors thrown on purpose (`batonError`) pass unchanged.
 */
export function maskUnexpectedError(error: unknown, message: string): Error {
  const masked = maskError(error, message, false);
  if (masked === error) return masked;
  const thrown = error instanceof GraphQLError && error.originalError ? error.originalError : error;
  const original = rootCauseOf(thrown);
  // The HTTP boundary has already answered 413 for a body over the limit: nothing unexpected happened.
  if (original instanceof RequestTooLargeError) {
    return createGraphQLError(original.message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 413 } } });
  }
  // Nobody will read this answer: the client left mid-body.
  if (original instanceof RequestAbortedError) {
    return createGraphQLError(original.message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
  }
  const path = error instanceof GraphQLError && error.path ? error.path.join('.') : undefined;
  // Outside execution (no field path), a JSON syntax error can only be the client's: Yoga parses
  // GET `variables` and `extensions` with a bare JSON.parse.
  if (original instanceof SyntaxError && path === undefined) {
    return createGraphQLError(`The request holds invalid JSON (${original.message}); send variables and extensions as JSON objects.`, {
      extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
    });
  }
  const errorId = logUnexpectedError(thrown, { source: 'graphql', path, cause: original === thrown ? undefined : String(original) });
  const maskedGraphQL = masked instanceof GraphQLError ? masked : undefined;
  return createGraphQLError(masked.message, {
    nodes: maskedGraphQL?.nodes,
    source: maskedGraphQL?.source,
    positions: maskedGraphQL?.positions,
    path: maskedGraphQL?.path,
    extensions: { ...maskedGraphQL?.extensions, code: 'INTERNAL_SERVER_ERROR', errorId, unexpected: undefined },
  });
}

/** The first error in a chain of `cause`s (fetch wraps a failed body read in a TypeError whose cause says why). */
function rootCauseOf(error: unknown): unknown {
  let current = error;
  for (let depth = 0; depth < 5 && current instanceof Error && current.cause instanceof Error; depth += 1) current = current.cause;
  return current;
}
