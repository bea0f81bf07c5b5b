import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { badInput, conflict, notFound } from '../errors';

/** Turns what the conversation workflow refused into GraphQL errors with codes; anything else stays masked. */
export function toGraphQLError(error: unknown): unknown {
  if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) {
    if (error.cause.type === 'CONFLICT') return conflict(error.cause.message);
    if (error.cause.type === 'BAD_USER_INPUT') return badInput(error.cause.message);
  }
  if (error instanceof WorkflowNotFoundError) return notFound('This conversation is no longer running.');
  return error;
}
