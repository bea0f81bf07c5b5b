/**
 * Opt-in OpenTelemetry traces: with OTEL_EXPORTER_OTLP_ENDPOINT (or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT)
 * set, one trace follows a message from the HTTP request through the Temporal client, the workflow and
 * its activities down to MongoDB and the model. Without it nothing here is loaded: every OpenTelemetry
 * package is imported dynamically, only by startTracing.
 *
 * startTracing must run before `http` and `mongodb` are first loaded, because the instrumentations patch
 * those modules as they load: bin/baton.js calls it before it imports the CLI.
 *
 * The standard variables apply: OTEL_SERVICE_NAME (default `baton-<role>`), OTEL_RESOURCE_ATTRIBUTES,
 * OTEL_EXPORTER_OTLP_PROTOCOL / OTEL_EXPORTER_OTLP_TRACES_PROTOCOL (http/protobuf, the default;
 * http/json; grpc), OTEL_EXPORTER_OTLP_HEADERS, OTEL_TRACES_SAMPLER, OTEL_BSP_*; OTEL_SDK_DISABLED=true
 * or OTEL_TRACES_EXPORTER=none turn tracing off.
 */
import { createRequire, syncBuiltinESMExports } from 'node:module';
import type { Resource } from '@opentelemetry/resources';
import type { SpanExporter, SpanProcessor } from '@opentelemetry/sdk-trace-base';

/** The Temporal interceptors package, loaded only when tracing is on (telemetry/tracing-interceptors.ts uses it). */
export type TemporalTracing = typeof import('@temporalio/interceptors-opentelemetry');

export interface ActiveTracing {
  /** Receives the workflow's spans, which the workflow sandbox hands to the worker through a sink. */
  spanProcessor: SpanProcessor;
  resource: Resource;
  temporal: TemporalTracing;
  /** Runs fn in a span of its own, a child of the current one; the span ends when fn settles, marked as an error if it throws. */
  inSpan<T>(name: string, attributes: Record<string, string | number | boolean>, fn: () => Promise<T>): Promise<T>;
  /** Sends the spans still buffered and stops; safe to call twice. */
  shutdown(): Promise<void>;
}

let active: ActiveTracing | undefined;

/** The tracing this process started, or undefined when it is off. */
export function activeTracing(): ActiveTracing | undefined {
  return active;
}

/** fn in a span of its own when tracing is on (a model call, say); just fn when it is off. */
export function inSpan<T>(name: string, attributes: Record<string, string | number | boolean>, fn: () => Promise<T>): Promise<T> {
  return active ? active.inSpan(name, attributes, fn) : fn();
}

/** Whether the environment asks for traces: an OTLP endpoint, and not switched off. */
export function tracingRequested(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true') return false;
  if (env.OTEL_TRACES_EXPORTER?.trim().toLowerCase() === 'none') return false;
  return Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim() || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim());
}

async function otlpExporter(env: NodeJS.ProcessEnv): Promise<SpanExporter> {
  const protocol = (env.OTEL_EXPORTER_OTLP_TRACES_PROTOCOL ?? env.OTEL_EXPORTER_OTLP_PROTOCOL ?? 'http/protobuf').trim();
  // Each exporter reads the endpoint, headers, timeout and compression from the OTEL_* variables itself.
  if (protocol === 'http/json') return new (await import('@opentelemetry/exporter-trace-otlp-http')).OTLPTraceExporter();
  if (protocol === 'grpc') return new (await import('@opentelemetry/exporter-trace-otlp-grpc')).OTLPTraceExporter();
  if (protocol === 'http/protobuf') return new (await import('@opentelemetry/exporter-trace-otlp-proto')).OTLPTraceExporter();
  throw new Error(`OTEL_EXPORTER_OTLP_PROTOCOL must be http/protobuf, http/json or grpc, not '${protocol}'`);
}

/**
 * Starts tracing for this process when the environment asks for it (or when an exporter is given, as
 * a test does): the tracer provider, the OTLP exporter, and the http and mongodb instrumentations.
 * `role` names the service by default: baton-api, baton-worker, baton-start...
 */
export async function startTracing(options: { role: string; exporter?: SpanExporter; env?: NodeJS.ProcessEnv }): Promise<ActiveTracing | undefined> {
  const env = options.env ?? process.env;
  if (active) return active;
  if (!options.exporter && !tracingRequested(env)) return undefined;

  const [
    api,
    { NodeTracerProvider, BatchSpanProcessor },
    { Resource, envDetectorSync },
    { registerInstrumentations },
    { HttpInstrumentation },
    { MongoDBInstrumentation },
  ] = await Promise.all([
    import('@opentelemetry/api'),
    import('@opentelemetry/sdk-trace-node'),
    import('@opentelemetry/resources'),
    import('@opentelemetry/instrumentation'),
    import('@opentelemetry/instrumentation-http'),
    import('@opentelemetry/instrumentation-mongodb'),
  ]);
  const exporter = options.exporter ?? (await otlpExporter(env));
  // The role's name unless OTEL_SERVICE_NAME or OTEL_RESOURCE_ATTRIBUTES says otherwise.
  const resource = Resource.default()
    .merge(new Resource({ 'service.name': `baton-${options.role}` }))
    .merge(envDetectorSync.detect());
  const spanProcessor = new BatchSpanProcessor(exporter);
  const provider = new NodeTracerProvider({ resource, spanProcessors: [spanProcessor] });
  // Global provider, AsyncLocalStorage context (a span follows the request across awaits), W3C trace context.
  provider.register();
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation({
        // Probes and scrapes every few seconds would bury the requests that matter.
        ignoreIncomingRequestHook: (request) => /^\/(healthz|readyz|livez|health|ready|metrics)(\/|\?|$)/.test(request.url ?? ''),
      }),
      // Statements are reported with their values masked: no customer text lands in the traces.
      new MongoDBInstrumentation(),
    ],
  });
  // The code is ESM, which does not pass through the require hook the http instrumentation patches
  // with: load http once through require so it is patched now, and copy the patched functions to
  // the ESM view of the module (`import { request } from 'node:http'`).
  const require = createRequire(import.meta.url);
  require('node:http');
  require('node:https');
  syncBuiltinESMExports();

  const temporal = await import('@temporalio/interceptors-opentelemetry');
  const tracer = provider.getTracer('baton');
  let stopping: Promise<void> | undefined;
  active = {
    spanProcessor,
    resource,
    temporal,
    inSpan: (name, attributes, fn) =>
      tracer.startActiveSpan(name, { attributes }, async (span) => {
        try {
          return await fn();
        } catch (error) {
          span.recordException(error as Error);
          span.setStatus({ code: api.SpanStatusCode.ERROR, message: (error as Error).message });
          throw error;
        } finally {
          span.end();
        }
      }),
    shutdown: () => (stopping ??= provider.shutdown().catch((error: unknown) => console.error(`baton: flushing traces failed: ${(error as Error).message}`))),
  };
  return active;
}
