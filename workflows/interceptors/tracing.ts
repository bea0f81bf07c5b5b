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
import { context, type Context } from '@opentelemetry/api';
import {
  OpenTelemetryInboundInterceptor,
  OpenTelemetryInternalsInterceptor,
  OpenTelemetryOutboundInterceptor,
} from '@temporalio/interceptors-opentelemetry/lib/workflow';
import {
  defaultPayloadConverter,
  type Headers,
  type WorkflowInboundCallsInterceptor,
  type WorkflowInterceptorsFactory,
  type WorkflowOutboundCallsInterceptor,
} from '@temporalio/workflow';

/** The header the client interceptor writes the caller's span context into. */
const TRACE_HEADER = '_tracer-data';
/** As workflows/interceptors/request-id.ts names it. */
const REQUEST_ID_HEADER = 'baton-request-id';
/** Handler spans remembered per run, newest kept: a step runs soon after its message arrives. */
const REMEMBERED_REQUESTS = 32;

function requestIdOf(headers: Headers): string | undefined {
  const payload = headers[REQUEST_ID_HEADER];
  if (!payload) return undefined;
  try {
    const value: unknown = defaultPayloadConverter.fromPayload(payload);
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

export const interceptors: WorkflowInterceptorsFactory = () => {
  // One factory call per workflow run: this state is the run's own.
  let traced = false;
  let inbound: OpenTelemetryInboundInterceptor | undefined;
  let outbound: OpenTelemetryOutboundInterceptor | undefined;
  const handlerContexts = new Map<string, Context>();

  /**
   * The OpenTelemetry interceptor once this run has seen a trace; undefined (pass through) before.
   * Only what the history holds (start, signals, accepted updates) turns tracing on for the run: a
   * query or an update's validator is not replayed, so it may be traced itself but decides nothing.
   */
  const tracedInbound = (headers: Headers, inHistory = true) => {
    const carriesTrace = headers[TRACE_HEADER] !== undefined;
    if (carriesTrace && inHistory) traced = true;
    if (!traced && !carriesTrace) return undefined;
    return (inbound ??= new OpenTelemetryInboundInterceptor());
  };
  const tracedOutbound = () => (traced ? (outbound ??= new OpenTelemetryOutboundInterceptor()) : undefined);

  /** `next`, remembering the handler's span (active inside it) under the request id it arrived with. */
  const remembering = <I extends { headers: Headers }, O>(next: (input: I) => O) => {
    return (input: I): O => {
      const requestId = requestIdOf(input.headers);
      if (requestId) {
        handlerContexts.delete(requestId);
        handlerContexts.set(requestId, context.active());
        if (handlerContexts.size > REMEMBERED_REQUESTS) handlerContexts.delete(handlerContexts.keys().next().value!);
      }
      return next(input);
    };
  };
  /** Runs an outbound call in the span of the handler whose request the step serves, when known. */
  const inRequestSpan = <T>(headers: Headers, call: () => T): T => {
    const requestId = requestIdOf(headers);
    const handler = requestId ? handlerContexts.get(requestId) : undefined;
    return handler ? context.with(handler, call) : call();
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
  return { inbound: [gatedInbound], outbound: [gatedOutbound], internals: [new OpenTelemetryInternalsInterceptor()] };
};
