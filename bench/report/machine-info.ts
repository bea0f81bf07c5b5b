import { cpus, loadavg, totalmem } from 'node:os';

export type MachineInfo = { cpuModel: string; cores: number; memoryGiB: number; node: string; loadAverage1m: number };

/** Enough about the machine to read the numbers: cores, and how busy it already was (shared machines are noisy). */
export function describeMachine(): MachineInfo {
  const list = cpus();
  return {
    cpuModel: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    loadAverage1m: Number(loadavg()[0]!.toFixed(2)),
  };
}
