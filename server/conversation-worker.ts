import v8 from 'node:v8';
import { execFileSync } from 'node:child_process';
import { makeTelemetryFilterString, Runtime, Worker, type NativeConnection } from '@temporalio/worker';
import type { AssignmentActivities } from '../activities/assignment-activities';
import type { AuditArchiveActivities } from '../activities/audit-archive-activities';
import type { ConversationActivities } from '../activities/conversation-activities';
import { logger } from '../telemetry/logger';
import { setTemporalMetricsUrl } from '../telemetry/metrics';
import { sdkLogLevel, temporalSdkLogger } from '../telemetry/temporal-logger';
import { activityInterceptors, workflowSinks } from './temporal-interceptors';
import { conversationWorkflowBundle } from './workflow-bundle';

export { conversationWorkflowBundle } from './workflow-bundle';

let runtimeInstalled = false;

/** Buckets for the SDK's schedule-to-start latencies: a healthy worker picks a task up in milliseconds. */
const SCHEDULE_TO_START_SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.2, 0.5, 1, 2.5, 5, 10, 30, 60];

/**
 * The SDK logs through Baton's logger (at WARN unless LOG_LEVEL is debug: its INFO lines are state
 * changes), native core lines included, and serves its worker metrics (task slots, schedule-to-start
 * latency, ...) on a port of its own on 127.0.0.1, which renderMetrics() reads and appends to Baton's.
 */
export function installQuietRuntime(): void {
  if (runtimeInstalled) return;
  runtimeInstalled = true;
  const level = sdkLogLevel();
  const metricsPort = freeLocalPort();
  try {
    Runtime.install({
      logger: temporalSdkLogger(level),
      telemetryOptions: {
        // The SDK's own crates at its level; the libraries under it (HTTP/2 frames at debug) at WARN.
        logging: { forward: {}, filter: makeTelemetryFilterString({ core: level, other: 'WARN' }) },
        metrics: {
          prometheus: {
            bindAddress: `127.0.0.1:${metricsPort}`,
            useSecondsForDurations: true,
            // The SDK's default buckets jump from 0.1 s to 0.5 s: too coarse to alert on a schedule-to-start p99 over 200 ms.
            histogramBucketOverrides: {
              workflow_task_schedule_to_start_latency: SCHEDULE_TO_START_SECONDS,
              activity_schedule_to_start_latency: SCHEDULE_TO_START_SECONDS,
            },
          },
        },
      },
    });
    setTemporalMetricsUrl(`http://127.0.0.1:${metricsPort}/metrics`);
  } catch (error) {
    // Already installed by whoever created a connection first; keep theirs.
    logger.debug({ err: error }, 'the Temporal runtime was already installed');
  }
}

/**
 * A port nobody listens on, found synchronously (the runtime is installed from synchronous code):
 * a child process binds port 0 and prints what it got. The SDK binds it right after.
 */
function freeLocalPort(): number {
  const script = "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  return Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
}

/**
 * Sizes the heap of the thread the SDK runs workflows in from the cache it holds: a cached
 * conversation keeps ~0.6 MB live (measured), so 1 MB each plus 160 MB for the runtime leaves
 * room to spare. Without a limit V8 lets that heap grow toward 4 GB before it collects: after the
 * bench's load the worker sat at 840 MB; with this limit and 200 cached conversations, at 550 MB.
 * V8 reads the flag when a thread's heap is made, so it is set before the worker starts its thread;
 * a --max-old-space-size the operator gave (NODE_OPTIONS or the command line) is left alone.
 */
function limitWorkflowThreadHeap(cachedConversations: number): void {
  const given = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].some((flag) => flag.startsWith('--max-old-space-size'));
  if (!given) v8.setFlagsFromString(`--max-old-space-size=${160 + cachedConversations}`);
}

export async function createConversationWorker(options: {
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  activities: ConversationActivities & AuditArchiveActivities & AssignmentActivities;
  cachedConversations: number;
  /** How long in-flight activities may run on after a shutdown begins, before they are told to cancel. */
  shutdownGraceMs?: number;
}): Promise<Worker> {
  installQuietRuntime();
  limitWorkflowThreadHeap(options.cachedConversations);
  return Worker.create({
    connection: options.connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue,
    workflowBundle: await conversationWorkflowBundle(),
    activities: options.activities,
    interceptors: { activity: activityInterceptors() },
    sinks: workflowSinks(),
    // The SDK's default (~60% of the heap in workflows) lets idle conversations fill the memory; each
    // cached one holds ~0.6 MB, and one that was evicted replays its history on its next event.
    maxCachedWorkflows: options.cachedConversations,
    ...(options.shutdownGraceMs !== undefined ? { shutdownGraceTime: options.shutdownGraceMs } : {}),
  });
}
