import type { Client } from '@temporalio/client';
import { startCpuMeter, type CpuSeconds } from '../measure/cpu-meter';
import { summarizeLatencies, type LatencySummary } from '../measure/latency-stats';
import type { ProgressLine } from '../measure/progress-line';
import type { StackComponent, StackComponentName } from '../stack/bench-stack';
import { closeFloorWorkflows, floorRoundTrip } from './floor-round-trip';
import { startFloorWorker } from './floor-worker';

/**
 * The floor, measured: update-with-start (USE_EXISTING, as sendCustomerMessage does) on a few
 * long-lived floor workflows, each update running one no-op activity. The first update of each
 * workflow starts it and is not counted, as conversations are measured on follow-up messages.
 */
export async function measureFloor(options: {
  temporal: Client;
  temporalAddress: string;
  namespace: string;
  samples: number;
  components: Record<StackComponentName, StackComponent> | undefined;
  progress: ProgressLine;
}): Promise<LatencySummary & { firstUpdateMs: number[]; cpuMsPerRoundTrip: CpuSeconds }> {
  const worker = await startFloorWorker({ temporalAddress: options.temporalAddress, namespace: options.namespace });
  const workflowIds = Array.from({ length: 5 }, (_, index) => `bench-floor-${process.pid}-${Date.now()}-${index}`);
  const durations: number[] = [];
  const firstUpdateMs: number[] = [];
  let cpuMsPerRoundTrip: CpuSeconds;
  const roundTrip = async (workflowId: string, updateId: string) => {
    const startedAt = performance.now();
    await floorRoundTrip(options.temporal, worker.taskQueue, workflowId, updateId);
    return performance.now() - startedAt;
  };
  try {
    for (const workflowId of workflowIds) firstUpdateMs.push(await roundTrip(workflowId, 'first'));
    const cpu = startCpuMeter(options.components);
    for (let index = 0; index < options.samples; index += 1) {
      // One at a time: the floor is the unloaded round trip.
      durations.push(await roundTrip(workflowIds[index % workflowIds.length]!, `u${index}`));
      options.progress.update(`floor: ${index + 1}/${options.samples} update-with-start round trips`);
    }
    cpuMsPerRoundTrip = cpu(options.samples);
  } finally {
    await closeFloorWorkflows(options.temporal, workflowIds);
    await worker.stop();
  }
  return { ...summarizeLatencies(durations), firstUpdateMs, cpuMsPerRoundTrip };
}
