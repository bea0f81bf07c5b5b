#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npx baton …` works without a build step.
import { register } from 'tsx/esm/api';

register();
// Traces, when OTEL_EXPORTER_OTLP_ENDPOINT asks for them, start before the CLI is imported: the http
// and mongodb instrumentations patch those modules as they load. telemetry/tracing.ts loads no
// OpenTelemetry package unless tracing is on.
const { startTracing } = await import('../telemetry/tracing.ts');
const command = process.argv[2] ?? '';
const tracing = await startTracing({ role: ['start', 'api', 'worker'].includes(command) ? command : 'cli' });
const { main } = await import('../cli/baton.ts');
process.exitCode = await main(process.argv.slice(2));
// Spans still buffered are sent before the process ends.
await tracing?.shutdown();
