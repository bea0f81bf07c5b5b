/**
 * Workflow side of telemetry/request-id-interceptors.ts: hands the request id in the header of an
 * update, signal or start to the activities that message leads to, so their log lines carry it.
 *
 * A conversation does its work in its main loop, not in the handler that received the message: the
 * handler only queues the event. So the session asks, while a handler is queuing
 * (`requestIdOfArrivingMessage`), which request the message came with, keeps it beside the queued
 * event, and runs that event's step under it (`setStepRequestId`). Headers are part of the recorded
 * history and an activity's headers are not compared on replay, so replays stay deterministic.
 *
 * Module state is per workflow: each workflow evaluates its own copy of the modules it imports
 * (only workflows/shared-libraries.ts is shared), and a step runs strictly one at a time.
 */
import { defaultPayloadConverter, type Headers, type WorkflowInterceptorsFactory } from '@temporalio/workflow';

/** As telemetry/request-id-interceptors.ts names them (this sandboxed module may import only the SDK). */
export const REQUEST_ID_HEADER = 'baton-request-id';
const WORKSPACE_ID_HEADER = 'baton-workspace-id';

/** The request id of the message whose handler is running right now (handlers queue synchronously). */
let arriving: string | undefined;
/** The request id of the queued event whose step is running. */
let processing: string | undefined;
/** The workflow's workspace, from its input, for every activity's log lines. */
let workspaceId: string | undefined;

export function requestIdOfArrivingMessage(): string | undefined {
  return arriving;
}

/** Set by the session for the step it runs (undefined between steps): that step's activities carry it. */
export function setStepRequestId(requestId: string | undefined): void {
  processing = requestId;
}

/** The request id a message's headers carry, if any (the tracing interceptor reads it too). */
export function requestIdOf(headers: Headers): string | undefined {
  const payload = headers[REQUEST_ID_HEADER];
  if (!payload) return undefined;
  try {
    const value: unknown = defaultPayloadConverter.fromPayload(payload);
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Calls a handler with `arriving` set for its synchronous part, which is where it queues its event. */
function whileArriving<T>(headers: Headers, call: () => T): T {
  const previous = arriving;
  arriving = requestIdOf(headers);
  try {
    return call();
  } finally {
    arriving = previous;
  }
}

function withIds(headers: Headers): Headers {
  return {
    ...headers,
    ...(processing ? { [REQUEST_ID_HEADER]: defaultPayloadConverter.toPayload(processing) } : {}),
    ...(workspaceId ? { [WORKSPACE_ID_HEADER]: defaultPayloadConverter.toPayload(workspaceId) } : {}),
  };
}

export const interceptors: WorkflowInterceptorsFactory = () => ({
  inbound: [
    {
      execute: (input, next) => {
        const first: unknown = input.args[0];
        const given = typeof first === 'object' && first !== null ? (first as { workspaceId?: unknown }).workspaceId : undefined;
        workspaceId = typeof given === 'string' ? given : undefined;
        return whileArriving(input.headers, () => next(input));
      },
      handleUpdate: (input, next) => whileArriving(input.headers, () => next(input)),
      handleSignal: (input, next) => whileArriving(input.headers, () => next(input)),
    },
  ],
  outbound: [
    {
      scheduleActivity: (input, next) => next({ ...input, headers: withIds(input.headers) }),
      scheduleLocalActivity: (input, next) => next({ ...input, headers: withIds(input.headers) }),
    },
  ],
});
