import { createGraphQLError } from 'graphql-yoga';

/** Stable error codes in `extensions.code`; clients branch on these, never on messages. */
export type ErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'RATE_LIMITED';

export const batonError = (code: ErrorCode, message: string, extra: Record<string, unknown> = {}) =>
  createGraphQLError(message, { extensions: { code, ...extra } });

export const badInput = (message: string, field?: string) => batonError('BAD_USER_INPUT', message, field ? { field } : {});
export const notFound = (message: string) => batonError('NOT_FOUND', message);
export const unauthenticated = (message = 'Sign in first: send `Authorization: Bearer <token>` from login or startWidgetSession.') =>
  batonError('UNAUTHENTICATED', message);
export const forbidden = (message: string) => batonError('FORBIDDEN', message);
export const conflict = (message: string) => batonError('CONFLICT', message);
