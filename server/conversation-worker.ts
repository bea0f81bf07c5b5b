import { fileURLToPath } from 'node:url';
import { bundleWorkflowCode, DefaultLogger, Runtime, Worker, type NativeConnection, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import type { ConversationActivities } from '../activities/conversation-activities';

export const WORKFLOWS_PATH = fileURLToPath(new URL('../workflows/index.ts', import.meta.url));

let bundle: Promise<WorkflowBundleWithSourceMap> | undefined;
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

/** Bundles the workflow code once per process (it takes seconds), then reuses it for every worker. */
export function conversationWorkflowBundle(): Promise<WorkflowBundleWithSourceMap> {
  bundle ??= bundleWorkflowCode({ workflowsPath: WORKFLOWS_PATH, logger: quietBundlerLogger });
  return bundle;
}

export async function createConversationWorker(options: {
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  activities: ConversationActivities;
}): Promise<Worker> {
  installQuietRuntime();
  return Worker.create({
    connection: options.connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue,
    workflowBundle: await conversationWorkflowBundle(),
    activities: options.activities,
  });
}

const quietBundlerLogger = {
  trace: () => undefined,
  debug: () => undefined,
  info: () => undefined,
  warn: (message: string) => console.warn(`[workflow bundle] ${message}`),
  error: (message: string) => console.error(`[workflow bundle] ${message}`),
  log: () => undefined,
};
