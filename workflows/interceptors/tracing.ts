/**
 * Workflow side of telemetry/tracing-interceptors.ts: workflow spans in the trace of the request that
 * started or updated it.
 *
 * This module is in every workflow bundle, traced or not, so it passes straight through until a call
 * arrives whose headers carry a trace (the client puts one there only when its process traces): a
 * workflow nobody traces makes no span and no sink call. Headers are in the history, so a replay takes
 * the same branch.
 *
 * A conversation does a message's work in its main loop, not in the update handler that received it,
 * so the loop's ambient span is the run's first request's. The step's activities carry the request id
 * of the message they serve (workflows/interceptors/request-id.ts, which runs before this one): each
 * activity is parented on the span of the handler that arrived with that request id, so a message's
 * activities sit in the trace of the request that sent it.
 */
import type * as OtelApi from '@opentelemetry/api';
import { requestIdOf } from './request-id';
import type * as OtelWorkflow from '@temporalio/interceptors-opentelemetry/lib/workflow';
import {
  type Headers,
  type WorkflowInboundCallsInterceptor,
  type WorkflowInterceptorsFactory,
  type WorkflowOutboundCallsInterceptor,
} from '@temporalio/workflow';

/**
 * The OpenTelemetry modules, evaluated on the first traced call. Every workflow evaluates the modules
 * it imports anew, and OpenTelemetry's SDK is about a quarter of the bundle: a workflow nobody traces never
 * evaluates it. (`require` here is the bundler's, synchronous: the interceptor chain cannot wait.)
 */
let otel: { api: typeof OtelApi; workflow: typeof OtelWorkflow } | undefined;
function loadOtel(): { api: typeof OtelApi; workflow: typeof OtelWorkflow } {
  /* eslint-disable @typescript-eslint/no-require-imports -- loaded on first use, see above */
  otel ??= {
    api: require('@opentelemetry/api') as typeof OtelApi,
    workflow: require('@temporalio/interceptors-opentelemetry/lib/workflow') as typeof OtelWorkflow,
  };
  /* eslint-enable @typescript-eslint/no-require-imports */
  return otel;
}

/** The header the client interceptor writes the caller's span context into. */
const TRACE_HEADER = '_tracer-data';
/** Handler spans remembered per run, newest kept: a step runs soon after its message arrives. */
const REMEMBERED_REQUESTS = 32;

export const interceptors: WorkflowInterceptorsFactory = () => {
  // One factory call per workflow run: this state is the run's own.
  let traced = false;
  let inbound: OtelWorkflow.OpenTelemetryInboundInterceptor | undefined;
  let outbound: OtelWorkflow.OpenTelemetryOutboundInterceptor | undefined;
  const handlerContexts = new Map<string, OtelApi.Context>();

  /**
   * The OpenTelemetry interceptor once this run has seen a trace; undefined (pass through) before.
   * Only what the history holds (start, signals, accepted updates) turns tracing on for the run: a
   * query or an update's validator is not replayed, so it may be traced itself but decides nothing.
   */
  const tracedInbound = (headers: Headers, inHistory = true) => {
    const carriesTrace = headers[TRACE_HEADER] !== undefined;
    if (carriesTrace && inHistory) traced = true;
    if (!traced && !carriesTrace) return undefined;
    return (inbound ??= new (loadOtel().workflow.OpenTelemetryInboundInterceptor)());
  };
  const tracedOutbound = () => (traced ? (outbound ??= new (loadOtel().workflow.OpenTelemetryOutboundInterceptor)()) : undefined);

  /** `next`, remembering the handler's span (active inside it) under the request id it arrived with. */
  const remembering = <I extends { headers: Headers }, O>(next: (input: I) => O) => {
    return (input: I): O => {
      const requestId = requestIdOf(input.headers);
      if (requestId) {
        handlerContexts.delete(requestId);
        handlerContexts.set(requestId, loadOtel().api.context.active());
        if (handlerContexts.size > REMEMBERED_REQUESTS) handlerContexts.delete(handlerContexts.keys().next().value!);
      }
      return next(input);
    };
  };
  /** Runs an outbound call in the span of the handler whose request the step serves, when known. */
  const inRequestSpan = <T>(headers: Headers, call: () => T): T => {
    const requestId = requestIdOf(headers);
    const handler = requestId ? handlerContexts.get(requestId) : undefined;
    return handler ? loadOtel().api.context.with(handler, call) : call();
  };

  const gatedInbound: WorkflowInboundCallsInterceptor = {
    execute: (input, next) => tracedInbound(input.headers)?.execute(input, remembering(next)) ?? next(input),
    handleSignal: (input, next) => tracedInbound(input.headers)?.handleSignal(input, remembering(next)) ?? next(input),
    handleUpdate: (input, next) => tracedInbound(input.headers)?.handleUpdate(input, remembering(next)) ?? next(input),
    validateUpdate: (input, next) => {
      const otel = tracedInbound(input.headers, false);
      if (otel) otel.validateUpdate(input, next);
      else next(input);
    },
    handleQuery: (input, next) => tracedInbound(input.headers, false)?.handleQuery(input, next) ?? next(input),
  };
  const gatedOutbound: WorkflowOutboundCallsInterceptor = {
    scheduleActivity: (input, next) => {
      const otel = tracedOutbound();
      return otel ? inRequestSpan(input.headers, () => otel.scheduleActivity(input, next)) : next(input);
    },
    scheduleLocalActivity: (input, next) => {
      const otel = tracedOutbound();
      return otel ? inRequestSpan(input.headers, () => otel.scheduleLocalActivity(input, next)) : next(input);
    },
    startChildWorkflowExecution: (input, next) => tracedOutbound()?.startChildWorkflowExecution(input, next) ?? next(input),
    continueAsNew: (input, next) => tracedOutbound()?.continueAsNew(input, next) ?? next(input),
    signalWorkflow: (input, next) => tracedOutbound()?.signalWorkflow(input, next) ?? next(input),
  };
  // The OpenTelemetry internals interceptor only disables its context manager at the end; one it never made needs nothing.
  return {
    inbound: [gatedInbound],
    outbound: [gatedOutbound],
    internals: [{ dispose: (input, next) => (otel ? new otel.workflow.OpenTelemetryInternalsInterceptor().dispose(input, next) : next(input)) }],
  };
};
