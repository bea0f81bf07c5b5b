/**
 * Every metric Baton exports, in one registry: what docs/OPERATIONS.md lists, and what GET /metrics
 * serves. Names follow Prometheus (`baton_<what>_<unit>`, counters end in `_total`, durations are
 * histograms in seconds); labels take only bounded values (a route, an operation name, an error
 * code), never an id.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

export const registry = new Registry();
collectDefaultMetrics({ register: registry });

/** The text format's content type, for the /metrics response. */
export const METRICS_CONTENT_TYPE = registry.contentType;

/** Request durations from a fast GraphQL read (ms) to a model answer behind an update (tens of seconds). */
const REQUEST_SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export const httpRequests = new Counter({
  name: 'baton_http_requests_total',
  help: 'HTTP requests answered, by method, route and status code.',
  labelNames: ['method', 'route', 'status'] as const,
  registers: [registry],
});

export const httpRequestDuration = new Histogram({
  name: 'baton_http_request_duration_seconds',
  help: 'Time from a request arriving to its response finishing, in seconds (an SSE stream counts until it closes).',
  labelNames: ['method', 'route'] as const,
  buckets: REQUEST_SECONDS,
  registers: [registry],
});

export const graphqlOperations = new Counter({
  name: 'baton_graphql_operations_total',
  help: 'GraphQL operations executed, by operation name, type (query, mutation, subscription) and outcome (ok, or the first error code).',
  labelNames: ['operation', 'type', 'outcome'] as const,
  registers: [registry],
});

export const graphqlOperationDuration = new Histogram({
  name: 'baton_graphql_operation_duration_seconds',
  help: 'Time to execute a GraphQL query or mutation, in seconds (subscriptions are counted, not timed).',
  labelNames: ['operation', 'type'] as const,
  buckets: REQUEST_SECONDS,
  registers: [registry],
});

export const sseSubscribers = new Gauge({
  name: 'baton_sse_subscribers',
  help: 'GraphQL subscriptions (SSE streams) open on this API instance.',
  registers: [registry],
});

export const rateLimitRejections = new Counter({
  name: 'baton_rate_limit_rejections_total',
  help: 'Requests refused with RATE_LIMITED, by the limit they hit.',
  labelNames: ['limit'] as const,
  registers: [registry],
});

export const conversationsStarted = new Counter({
  name: 'baton_conversations_started_total',
  help: 'Conversations started by a first customer message.',
  registers: [registry],
});

export const escalations = new Counter({
  name: 'baton_escalations_total',
  help: 'Conversations handed to a human, by the trigger type that fired (human_request, no_answer, sla_timeout, ...).',
  labelNames: ['trigger'] as const,
  registers: [registry],
});

export const slaBreaches = new Counter({
  name: 'baton_sla_breaches_total',
  help: "SLA periods that passed with a waiting conversation unclaimed (each time its flow's sla_timeout edge fired and the agents were reminded).",
  registers: [registry],
});

export const claims = new Counter({
  name: 'baton_claims_total',
  help: 'Agent claims of a conversation, by outcome: claimed, or conflict (someone else has it, or it cannot be claimed now).',
  labelNames: ['outcome'] as const,
  registers: [registry],
});

export const assignments = new Counter({
  name: 'baton_assignments_total',
  help: 'Conversations given to an agent, by the team they were routed to (its id, or none) and by whom: router (automatic assignment) or agent (a claim or a reopening).',
  labelNames: ['team', 'by'] as const,
  registers: [registry],
});

export const requeues = new Counter({
  name: 'baton_requeues_total',
  help: 'Conversations an agent held that went back to the queue, by team (its id, or none) and reason: the trigger that moved them (agent_no_reply: the agent went away without answering).',
  labelNames: ['team', 'reason'] as const,
  registers: [registry],
});

export const timeToAssignment = new Histogram({
  name: 'baton_time_to_assignment_seconds',
  help: 'Time from a conversation starting to wait for a person to an agent holding it, in seconds, by who gave it: router or agent.',
  labelNames: ['by'] as const,
  buckets: [5, 15, 30, 60, 120, 300, 600, 1800, 3600, 7200, 14_400, 43_200, 86_400],
  registers: [registry],
});

export const aiAnswerDuration = new Histogram({
  name: 'baton_ai_answer_duration_seconds',
  help: 'Time to make one AI answer (retrieval and, with a model, generation), in seconds.',
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
  registers: [registry],
});

export const aiAnswerConfidence = new Histogram({
  name: 'baton_ai_answer_confidence',
  help: 'Confidence of each AI answer, from 0 (abstained) to 1.',
  buckets: [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1],
  registers: [registry],
});

export const knowledgeIndexChunks = new Gauge({
  name: 'baton_knowledge_index_chunks',
  help: "Chunks in a workspace's knowledge index, as last built by this process.",
  labelNames: ['workspace'] as const,
  registers: [registry],
});

/** Where this process's Temporal runtime serves the SDK's own metrics (a worker), set when the runtime is installed. */
let temporalMetricsUrl: string | undefined;

export function setTemporalMetricsUrl(url: string | undefined): void {
  temporalMetricsUrl = url;
}

/** Baton's metrics and, on a worker, the Temporal SDK's (task slots, schedule-to-start latency, ...), in the text format. */
export async function renderMetrics(): Promise<string> {
  const own = await registry.metrics();
  const sdk = temporalMetricsUrl ? await fetchTemporalMetrics(temporalMetricsUrl) : '';
  return sdk ? `${own.trimEnd()}\n${withoutRepeatedHeaders(sdk, own)}` : own;
}

async function fetchTemporalMetrics(url: string): Promise<string> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    return response.ok ? await response.text() : '';
  } catch {
    // The SDK's exporter is best effort: Baton's own metrics are still worth serving without it.
    return '';
  }
}

/** Drops `# HELP` / `# TYPE` lines for names already described above, which a parser would reject as duplicates. */
function withoutRepeatedHeaders(text: string, before: string): string {
  const described = new Set<string>();
  for (const line of before.split('\n')) if (/^# (HELP|TYPE) /.test(line)) described.add(line.split(' ').slice(1, 3).join(' '));
  const kept: string[] = [];
  for (const line of text.split('\n')) {
    if (/^# (HELP|TYPE) /.test(line)) {
      const key = line.split(' ').slice(1, 3).join(' ');
      if (described.has(key)) continue;
      described.add(key);
    }
    kept.push(line);
  }
  return kept.join('\n');
}
