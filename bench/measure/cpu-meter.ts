import type { StackComponent, StackComponentName } from '../stack/bench-stack';
import { readCpuSeconds } from '../stack/process-usage';

export type ProcessName = StackComponentName | 'bench';
export type CpuSeconds = Partial<Record<ProcessName, number>>;

/** CPU seconds every process of the stack (and the bench itself) has used so far. */
export function readStackCpu(components: Record<StackComponentName, StackComponent> | undefined): CpuSeconds {
  const usage = process.cpuUsage();
  const cpu: CpuSeconds = { bench: (usage.user + usage.system) / 1e6 };
  for (const component of Object.values(components ?? {})) {
    const seconds = readCpuSeconds(component.pid());
    if (seconds !== undefined) cpu[component.name] = seconds;
  }
  return cpu;
}

/** Starts counting; the returned function gives each process's CPU milliseconds per unit of work since then. */
export function startCpuMeter(components: Record<StackComponentName, StackComponent> | undefined): (units: number) => CpuSeconds {
  const before = readStackCpu(components);
  return (units) => {
    const after = readStackCpu(components);
    const perUnit: CpuSeconds = {};
    for (const [name, start] of Object.entries(before) as [ProcessName, number][]) {
      const end = after[name];
      // A process restarted meanwhile starts from zero; its reading says nothing about this span.
      if (end === undefined || end < start || units <= 0) continue;
      perUnit[name] = ((end - start) * 1000) / units;
    }
    return perUnit;
  };
}
