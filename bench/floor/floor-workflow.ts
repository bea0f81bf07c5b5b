/**
 * The floor: the least a durable message can cost on this Temporal server. One update that runs
 * one no-op activity and returns, started with update-with-start as sendCustomerMessage is.
 * Imports only @temporalio/workflow and activity types, like Baton's own workflow code.
 */
import { condition, defineSignal, defineUpdate, proxyActivities, setHandler } from '@temporalio/workflow';
import type * as floorActivities from './floor-activities';

export const FLOOR_WORKFLOW_TYPE = 'benchFloor';
export const floorUpdate = defineUpdate<string, [string]>('floor');
export const closeFloorSignal = defineSignal('close');

const { noop } = proxyActivities<typeof floorActivities>({ startToCloseTimeout: '10 seconds' });

export async function benchFloor(): Promise<void> {
  let closing = false;
  setHandler(floorUpdate, async (payload) => noop(payload));
  setHandler(closeFloorSignal, () => {
    closing = true;
  });
  // Ends when the bench is done, or on its own if the bench died before saying so.
  await condition(() => closing, '30 minutes');
}
