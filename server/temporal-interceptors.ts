/**
 * The interceptors every Temporal client and worker of Baton runs: request ids (so one message's
 * log lines share one id across the API and the worker) and, when tracing is on, OpenTelemetry.
 * One place, so the API, the CLI and the worker agree; the workflow side is bundled into the
 * workflow code (server/build-workflow-bundle.ts).
 */
import { fileURLToPath } from 'node:url';
import type { ClientInterceptors } from '@temporalio/client';
import type { WorkerInterceptors, WorkerOptions } from '@temporalio/worker';
import { requestIdActivityInterceptors, requestIdClientInterceptors } from '../telemetry/request-id-interceptors';
import { tracingActivityInterceptors, tracingClientInterceptors, tracingWorkflowSinks } from '../telemetry/tracing-interceptors';

export const WORKFLOW_INTERCEPTOR_MODULES = [
  fileURLToPath(new URL('../workflows/interceptors/request-id.ts', import.meta.url)),
  fileURLToPath(new URL('../workflows/interceptors/tracing.ts', import.meta.url)),
];

export function clientInterceptors(): ClientInterceptors {
  const parts = [requestIdClientInterceptors(), tracingClientInterceptors()];
  return {
    workflow: parts.flatMap((part) => (Array.isArray(part.workflow) ? part.workflow : [])),
    schedule: parts.flatMap((part) => part.schedule ?? []),
  };
}

export function activityInterceptors(): NonNullable<WorkerInterceptors['activity']> {
  return [...requestIdActivityInterceptors(), ...tracingActivityInterceptors()];
}

/** What the workflow code reports through, beside its commands: the workflow's spans, when tracing is on. */
export function workflowSinks(): NonNullable<WorkerOptions['sinks']> {
  return tracingWorkflowSinks();
}
