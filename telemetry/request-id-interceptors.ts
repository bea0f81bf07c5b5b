/**
 * Carries the request id of the API request that caused a workflow start, signal or update to the
 * activities it leads to, in Temporal headers, so the API's and the worker's log lines of one
 * message share it. The workflow side (workflows/interceptors/request-id.ts) moves it from the
 * message's header to the headers of the activities that message makes the workflow run.
 */
import type { ClientInterceptors, WorkflowClientInterceptor } from '@temporalio/client';
import { defaultPayloadConverter, type Headers } from '@temporalio/common';
import type { ActivityInterceptorsFactory } from '@temporalio/worker';
import { currentLogBindings, currentLogger, withLogContext } from './logger';

/** The header names; the workflow side spells them too (it may import nothing but the SDK). */
export const REQUEST_ID_HEADER = 'baton-request-id';
export const WORKSPACE_ID_HEADER = 'baton-workspace-id';

/** The workflow id of a conversation is `conversation-<id>` (workflows/conversation.workflow.ts). */
const CONVERSATION_WORKFLOW_ID = /^conversation-(.+)$/;

function withRequestId(headers: Headers): Headers {
  const requestId = currentLogBindings().requestId;
  return typeof requestId === 'string' ? { ...headers, [REQUEST_ID_HEADER]: defaultPayloadConverter.toPayload(requestId) } : headers;
}

function headerText(headers: Headers, name: string): string | undefined {
  const payload = headers[name];
  if (!payload) return undefined;
  try {
    const value: unknown = defaultPayloadConverter.fromPayload(payload);
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Every client call that hands the workflow a message: starts, signals and updates (update-with-start calls startUpdateWithStart). */
const requestIdClientInterceptor: WorkflowClientInterceptor = {
  startWithDetails: (input, next) => next({ ...input, headers: withRequestId(input.headers) }),
  signal: (input, next) => next({ ...input, headers: withRequestId(input.headers) }),
  signalWithStart: (input, next) => next({ ...input, headers: withRequestId(input.headers) }),
  startUpdate: (input, next) => next({ ...input, headers: withRequestId(input.headers) }),
  startUpdateWithStart: (input, next) =>
    next({ ...input, workflowStartHeaders: withRequestId(input.workflowStartHeaders), updateHeaders: withRequestId(input.updateHeaders) }),
};

export function requestIdClientInterceptors(): ClientInterceptors {
  return { workflow: [requestIdClientInterceptor] };
}

/**
 * Runs each activity inside a log context with the request id from its header, the conversation id
 * from its workflow id and the workspace id the workflow passes on, and logs (at debug) one line
 * per attempt with how it ended.
 */
export function requestIdActivityInterceptors(): ActivityInterceptorsFactory[] {
  return [
    (ctx) => ({
      inbound: {
        execute: (input, next) => {
          const { workflowExecution, activityType, attempt } = ctx.info;
          const bindings = {
            requestId: headerText(input.headers, REQUEST_ID_HEADER),
            conversationId: CONVERSATION_WORKFLOW_ID.exec(workflowExecution?.workflowId ?? '')?.[1],
            workspaceId: headerText(input.headers, WORKSPACE_ID_HEADER),
          };
          return withLogContext(bindings, async () => {
            const log = currentLogger();
            const started = performance.now();
            try {
              const result = await next(input);
              log.debug({ activityType, attempt, durationMs: Math.round(performance.now() - started) }, `activity ${activityType} completed`);
              return result;
            } catch (error) {
              log.info({ activityType, attempt, durationMs: Math.round(performance.now() - started), err: error }, `activity ${activityType} failed`);
              throw error;
            }
          });
        },
      },
    }),
  ];
}
