import { DefaultLogger, Runtime, Worker, type NativeConnection } from '@temporalio/worker';
import type { ConversationActivities } from '../activities/conversation-activities';
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

export async function createConversationWorker(options: {
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  activities: ConversationActivities;
  cachedConversations: number;
}): Promise<Worker> {
  installQuietRuntime();
  return Worker.create({
    connection: options.connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue,
    workflowBundle: await conversationWorkflowBundle(),
    activities: options.activities,
    // The SDK's default (~60% of the heap in workflows) lets idle conversations fill the memory; each
    // cached one holds ~0.6 MB, and one that was evicted replays its history on its next event.
    maxCachedWorkflows: options.cachedConversations,
  });
}
