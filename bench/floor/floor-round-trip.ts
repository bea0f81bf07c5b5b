import { WithStartWorkflowOperation, type Client } from '@temporalio/client';
import { benchFloor, closeFloorSignal, floorUpdate } from './floor-workflow';

/** One floor round trip: update-with-start (USE_EXISTING, as sendCustomerMessage does) → one no-op activity → result. */
export function floorRoundTrip(temporal: Client, taskQueue: string, workflowId: string, updateId: string): Promise<string> {
  return temporal.workflow.executeUpdateWithStart(floorUpdate, {
    updateId,
    args: [updateId],
    startWorkflowOperation: new WithStartWorkflowOperation(benchFloor, { workflowId, taskQueue, workflowIdConflictPolicy: 'USE_EXISTING' }),
  });
}

/** Ends the floor workflows a measurement started (they would end on their own after a while). */
export async function closeFloorWorkflows(temporal: Client, workflowIds: string[]): Promise<void> {
  await Promise.all(
    workflowIds.map((id) =>
      temporal.workflow
        .getHandle(id)
        .signal(closeFloorSignal)
        .catch(() => undefined),
    ),
  );
}
