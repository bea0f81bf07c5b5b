import v8 from 'node:v8';
import { DefaultLogger, Runtime, Worker, type NativeConnection } from '@temporalio/worker';
import type { AuditArchiveActivities } from '../activities/audit-archive-activities';
import type { ConversationActivities } from '../activities/conversation-activities';
import { activityInterceptors } from './temporal-interceptors';
import { conversationWorkflowBundle } from './workflow-bundle';

export { conversationWorkflowBundle } from './workflow-bundle';

let runtimeInstalled = false;

/** Worker logs at WARN: the SDK's INFO lines (state changes) drown what matters in `baton start`'s output. */
export function installQuietRuntime(): void {
  if (runtimeInstalled) return;
  runtimeInstalled = true;
  try {
    Runtime.install({ logger: new DefaultLogger(process.env.BATON_WORKER_LOG_LEVEL === 'INFO' ? 'INFO' : 'WARN') });
  } catch {
    // Already installed by whoever created a connection first; keep theirs.
  }
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
  activities: ConversationActivities & AuditArchiveActivities;
  cachedConversations: number;
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
    // The SDK's default (~60% of the heap in workflows) lets idle conversations fill the memory; each
    // cached one holds ~0.6 MB, and one that was evicted replays its history on its next event.
    maxCachedWorkflows: options.cachedConversations,
  });
}
