/**
 * OpenTelemetry across the Temporal client, the workflow and its activities, when tracing is on
 * (telemetry/tracing.ts started it). The client puts the caller's span (the HTTP request's) in the
 * workflow's headers; the workflow's spans reach the worker through the `exporter` sink; each activity
 * runs in a span whose parent is the workflow's span that scheduled it. With tracing off, nothing here
 * adds work.
 */
import type { ClientInterceptors } from '@temporalio/client';
import type { ActivityInterceptorsFactory, InjectedSinks } from '@temporalio/worker';
import type { OpenTelemetryWorkflowExporter } from '@temporalio/interceptors-opentelemetry';
import { activeTracing } from './tracing';

export function tracingClientInterceptors(): ClientInterceptors {
  const tracing = activeTracing();
  if (!tracing) return {};
  return { workflow: [new tracing.temporal.OpenTelemetryWorkflowClientInterceptor()] };
}

export function tracingActivityInterceptors(): ActivityInterceptorsFactory[] {
  const tracing = activeTracing();
  if (!tracing) return [];
  const { OpenTelemetryActivityInboundInterceptor, OpenTelemetryActivityOutboundInterceptor } = tracing.temporal;
  return [(ctx) => ({ inbound: new OpenTelemetryActivityInboundInterceptor(ctx), outbound: new OpenTelemetryActivityOutboundInterceptor(ctx) })];
}

/**
 * The sink the workflow's spans leave the sandbox through. With tracing off it is still there, and
 * drops them: a workflow started by an API that traces (its headers carry a trace) and run by a
 * worker that does not would otherwise log "unregistered external sink" on every activation.
 */
export function tracingWorkflowSinks(): InjectedSinks<{ exporter: OpenTelemetryWorkflowExporter }> {
  const tracing = activeTracing();
  if (!tracing) return { exporter: { export: { fn: () => undefined } } };
  return { exporter: tracing.temporal.makeWorkflowExporter(tracing.spanProcessor, tracing.resource) };
}
