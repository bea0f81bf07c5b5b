import { randomUUID } from 'node:crypto';
import { currentLogger, redactLogText } from '../telemetry/logger';

/**
 * One log line for every error Baton did not expect, with an id that is also sent to the client,
 * so "error id 1b4e…" in a user's report leads straight to the stack trace (and, through the line's
 * request id, to everything else that request did).
 */
export type ErrorLogFields = Record<string, string | number | boolean | undefined>;

/** Logs the error with its stack (credentials in connection URLs redacted) and returns the error id it was logged under. */
export function logUnexpectedError(error: unknown, fields: ErrorLogFields = {}, level: 'warn' | 'error' | 'fatal' = 'error'): string {
  const errorId = randomUUID();
  const failure = error instanceof Error ? error : new Error(String(error));
  currentLogger()[level]({ errorId, ...fields, error: redactLogText(failure.message), stack: redactLogText(failure.stack ?? '') }, 'unexpected error');
  return errorId;
}
