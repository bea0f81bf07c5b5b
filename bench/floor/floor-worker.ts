import { fileURLToPath } from 'node:url';
import { bundleWorkflowCode, NativeConnection, Worker } from '@temporalio/worker';
import { installQuietRuntime } from '../../server/conversation-worker';
import * as floorActivities from './floor-activities';

const FLOOR_WORKFLOWS_PATH = fileURLToPath(new URL('./floor-workflow.ts', import.meta.url));

export type FloorWorker = { taskQueue: string; stop(): Promise<void> };

let bundle: ReturnType<typeof bundleWorkflowCode> | undefined;

/** Bundles the floor workflow once; the bench starts this while its stack boots, since bundling takes seconds. */
export function prepareFloorBundle(): ReturnType<typeof bundleWorkflowCode> {
  bundle ??= bundleWorkflowCode({ workflowsPath: FLOOR_WORKFLOWS_PATH, logger: silentBundlerLogger });
  return bundle;
}

/** A worker for the floor workflow inside the bench process, on a task queue of its own. */
export async function startFloorWorker(options: { temporalAddress: string; namespace: string }): Promise<FloorWorker> {
  installQuietRuntime();
  const taskQueue = `baton-bench-floor-${process.pid}`;
  const workflowBundle = await prepareFloorBundle();
  const connection = await NativeConnection.connect({ address: options.temporalAddress });
  const worker = await Worker.create({ connection, namespace: options.namespace, taskQueue, workflowBundle, activities: floorActivities });
  const running = worker.run();
  return {
    taskQueue,
    async stop() {
      if (worker.getState() === 'RUNNING') worker.shutdown();
      await running.catch(() => undefined);
      await connection.close();
    },
  };
}

const silentBundlerLogger = {
  trace: () => undefined,
  debug: () => undefined,
  info: () => undefined,
  warn: (message: string) => console.warn(`[floor bundle] ${message}`),
  error: (message: string) => console.error(`[floor bundle] ${message}`),
  log: () => undefined,
};
