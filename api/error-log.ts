import { randomUUID } from 'node:crypto';
import { redactUrlCredentials } from '../config/redact';

/**
 * One JSON line on stderr for every error Baton did not expect, with an id that is also sent to
 * the client, so "error id 1b4e…" in a user's report leads straight to the stack trace.
 */
export type ErrorLogFields = Record<string, string | number | boolean | undefined>;

/** Writes the error with its stack (credentials in connection URLs redacted) and returns the error id it was logged under. */
export function logUnexpectedError(error: unknown, fields: ErrorLogFields = {}, level: 'warn' | 'error' | 'fatal' = 'error'): string {
  const errorId = randomUUID();
  const failure = error instanceof Error ? error : new Error(String(error));
  const line = {
    time: new Date().toISOString(),
    level,
    msg: 'unexpected error',
    errorId,
    ...fields,
    error: redactUrlCredentials(failure.message),
    stack: redactUrlCredentials(failure.stack ?? ''),
  };
  process.stderr.write(`${JSON.stringify(line)}\n`);
  return errorId;
}
