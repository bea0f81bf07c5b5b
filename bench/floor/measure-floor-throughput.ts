import type { Client } from '@temporalio/client';
import { startCpuMeter, type CpuSeconds } from '../measure/cpu-meter';
import { summarizeLatencies, type LatencySummary } from '../measure/latency-stats';
import type { ProgressLine } from '../measure/progress-line';
import type { StackComponent, StackComponentName } from '../stack/bench-stack';
import { closeFloorWorkflows, floorRoundTrip } from './floor-round-trip';
import { startFloorWorker } from './floor-worker';

export type FloorThroughputResult = {
  concurrency: number;
  durationSeconds: number;
  roundTripsPerSecond: number;
  latency: LatencySummary;
  cpuMsPerRoundTrip: CpuSeconds;
};

/**
 * The floor at saturation: `concurrency` floor workflows, each in a closed loop of update-with-start
 * round trips (one no-op activity each), for `durationSeconds`. The most bare Temporal round trips
 * this server does per second on this machine: what Baton's own closed-loop throughput compares with.
 */
export async function measureFloorThroughput(options: {
  temporal: Client;
  temporalAddress: string;
  namespace: string;
  concurrency: number;
  durationSeconds: number;
  components: Record<StackComponentName, StackComponent> | undefined;
  progress: ProgressLine;
}): Promise<FloorThroughputResult> {
  const worker = await startFloorWorker({ temporalAddress: options.temporalAddress, namespace: options.namespace });
  const runId = `${process.pid}-${Date.now()}`;
  const workflowIds = Array.from({ length: options.concurrency }, (_, index) => `bench-floor-load-${runId}-${index}`);
  const roundTrip = (workflowId: string, updateId: string) => floorRoundTrip(options.temporal, worker.taskQueue, workflowId, updateId);
  const latencies: number[] = [];
  let completedInWindow = 0;
  try {
    // Started first, so the window measures follow-up round trips as Baton's load measures follow-up messages.
    await Promise.all(workflowIds.map((id) => roundTrip(id, 'first')));
    const cpu = startCpuMeter(options.components);
    const endsAt = performance.now() + options.durationSeconds * 1000;
    const ticker = setInterval(() => options.progress.update(`floor at saturation: ${latencies.length} round trips`), 1_000);
    try {
      await Promise.all(
        workflowIds.map(async (workflowId) => {
          for (let index = 0; performance.now() < endsAt; index += 1) {
            const startedAt = performance.now();
            await roundTrip(workflowId, `load-${index}`);
            latencies.push(performance.now() - startedAt);
            if (performance.now() <= endsAt) completedInWindow += 1;
          }
        }),
      );
    } finally {
      clearInterval(ticker);
    }
    return {
      concurrency: options.concurrency,
      durationSeconds: options.durationSeconds,
      roundTripsPerSecond: completedInWindow / options.durationSeconds,
      latency: summarizeLatencies(latencies),
      cpuMsPerRoundTrip: cpu(latencies.length),
    };
  } finally {
    await closeFloorWorkflows(options.temporal, workflowIds);
    await worker.stop();
  }
}
