import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { PROJECT_ROOT } from '../../cli/local-stack/provision';
import { formatTable } from '../report/format-table';

const CpuProfileSchema = z.object({
  nodes: z.array(z.object({ id: z.number(), callFrame: z.object({ functionName: z.string(), url: z.string(), lineNumber: z.number() }) })),
  startTime: z.number(),
  samples: z.array(z.number()),
  timeDeltas: z.array(z.number()),
});
type CpuProfile = z.infer<typeof CpuProfileSchema>;

const StartupSchema = z.object({ pid: z.number(), readyAfterMs: z.number() });

/** Where a profiled process spent its CPU once it served: by library or project folder, and the hottest functions. */
export type CpuProfileBreakdown = { role: string; threads: number; busyMs: number; byArea: [string, number][]; byFunction: [string, number][] };

/** node --cpu-prof names files CPU.<date>.<time>.<pid>.<thread>.<seq>.cpuprofile; thread 0 is the main thread. */
const PROFILE_NAME = /^CPU\.\d+\.\d+\.(\d+)\.(\d+)\.\d+\.cpuprofile$/;

/**
 * Reads the profiles node --cpu-prof wrote into <dir>/<role> (every thread: the worker runs
 * workflows in worker threads) and adds up self time, leaving out each process's start-up.
 */
export function readCpuProfiles(dir: string): CpuProfileBreakdown[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((role) => {
    const roleDir = join(dir, role);
    if (!existsSync(roleDir)) return [];
    const names = readdirSync(roleDir);
    const readyAfterMs = new Map(
      names
        .filter((name) => name.startsWith('startup-'))
        .map((name) => {
          const startup = StartupSchema.parse(JSON.parse(readFileSync(join(roleDir, name), 'utf8')));
          return [startup.pid, startup.readyAfterMs] as const;
        }),
    );
    const profiles = names.flatMap((name) => {
      const match = PROFILE_NAME.exec(name);
      return match
        ? [{ pid: Number(match[1]), thread: Number(match[2]), profile: CpuProfileSchema.parse(JSON.parse(readFileSync(join(roleDir, name), 'utf8'))) }]
        : [];
    });
    if (profiles.length === 0) return [];
    // Threads share the main thread's clock: samples before the process served are its start-up.
    const servingFrom = new Map<number, number>();
    for (const { pid, thread, profile } of profiles) {
      if (thread === 0) servingFrom.set(pid, profile.startTime + (readyAfterMs.get(pid) ?? 0) * 1000);
    }
    const byArea = new Map<string, number>();
    const byFunction = new Map<string, number>();
    for (const { pid, profile } of profiles) addSelfTime(profile, servingFrom.get(pid) ?? profile.startTime, byArea, byFunction);
    const top = (map: Map<string, number>, count: number) => [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, count);
    const busyMs = [...byArea.values()].reduce((sum, ms) => sum + ms, 0);
    return [{ role, threads: profiles.length, busyMs, byArea: top(byArea, 12), byFunction: top(byFunction, 15) }];
  });
}

function addSelfTime(profile: CpuProfile, fromMicros: number, byArea: Map<string, number>, byFunction: Map<string, number>): void {
  const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  let at = profile.startTime;
  profile.samples.forEach((nodeId, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    at += delta;
    const frame = frames.get(nodeId);
    if (!frame || at < fromMicros || frame.functionName === '(idle)') return;
    const ms = delta / 1000;
    const area = areaOf(frame.url, frame.functionName);
    byArea.set(area, (byArea.get(area) ?? 0) + ms);
    const name = `${frame.functionName || '(anonymous)'}${frame.url ? ` ${shortUrl(frame.url)}:${frame.lineNumber + 1}` : ''}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
  });
}

export function summarizeCpuProfiles(dir: string): string {
  const breakdowns = readCpuProfiles(dir);
  if (breakdowns.length === 0) return `bench: no CPU profiles in ${dir} (a process killed with SIGKILL writes none).`;
  return breakdowns
    .map((breakdown) => {
      const share = (ms: number) => `${Math.round((ms / Math.max(breakdown.busyMs, 1)) * 100)}%`;
      return [
        `CPU profile of the ${breakdown.role} after start-up: ${Math.round(breakdown.busyMs)} ms busy (self time, ${breakdown.threads} threads)`,
        formatTable([['area', 'self time', 'of busy'], ...breakdown.byArea.map(([area, ms]) => [area, `${Math.round(ms)} ms`, share(ms)])]),
        formatTable([['hottest functions', 'self time', 'of busy'], ...breakdown.byFunction.map(([name, ms]) => [name, `${Math.round(ms)} ms`, share(ms)])]),
      ].join('\n');
    })
    .join('\n\n');
}

/** A library (node_modules/<package>), a project folder, Node's internals, or V8's own (program, GC). */
function areaOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules) return modules[1]!;
  if (url.startsWith('node:')) return url.startsWith('node:internal/') ? `node:${url.split('/')[1] ?? 'internal'}` : url;
  const inProject = projectPath(url);
  if (inProject) return `baton ${inProject.split('/')[0]}/`;
  // The worker's workflow bundle is evaluated from memory under a generated name.
  return url.includes('workflow-bundle') ? 'workflow bundle (sandbox)' : url;
}

function shortUrl(url: string): string {
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) return url.slice(modules + 'node_modules/'.length);
  return projectPath(url) ?? url;
}

/** The path inside this project (e.g. `api/yoga.ts`), or undefined for code outside it. */
function projectPath(url: string): string | undefined {
  const path = url.replace(/^file:\/\//, '');
  const root = PROJECT_ROOT.endsWith('/') ? PROJECT_ROOT : `${PROJECT_ROOT}/`;
  return path.startsWith(root) ? path.slice(root.length) : undefined;
}
