import { resolve } from 'node:path';
import { loadSettings } from '../config/settings';
import { benchOptionsFrom } from '../bench/bench-options';
import { runBench } from '../bench/run-bench';
import { runDrill } from '../bench/drill/run-drill';
import { prepareFloorBundle } from '../bench/floor/floor-worker';
import { summarizeCpuProfiles } from '../bench/profile/cpu-profile-summary';
import { runningStack, startBenchStack, type BenchStack } from '../bench/stack/bench-stack';
import { temporalAddressOf } from './cli-connections';

/**
 * `baton bench`: measures the message path against a stack of its own (or a running Baton with
 * --url), or with --drill breaks that stack on purpose and checks nothing was lost.
 * Exit code 0 when the run completed (numbers are reported, not judged), 1 when it failed.
 */
export async function runBenchCommand(flags: Record<string, unknown>): Promise<number> {
  // Bad values are refused before anything starts.
  const options = benchOptionsFrom(flags);
  const log = (line: string) => console.log(line);
  const profileDir = options.profileDir ? resolve(options.profileDir) : undefined;
  let stack: BenchStack | undefined;
  const interrupted = new Promise<never>((_, reject) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => reject(new Error(`${signal} received; the stack was stopped`)));
  });
  interrupted.catch(() => undefined);
  // Simulated customers still retrying against a stopped stack must not keep the command alive.
  const exitSoon = () => setTimeout(() => process.exit(), 2_000).unref();
  try {
    // Bundled while the stack boots; a failure surfaces when the floor is measured.
    if (!options.drill) void prepareFloorBundle().catch(() => undefined);
    stack = options.url
      ? reuseRunningStack(options.url)
      : await startBenchStack({ log, keepData: options.keepData, cpuProfileDir: profileDir, dynamicConfig: options.dynamicConfig });
    const run = options.drill ? runDrill(stack, options, log) : runBench(stack, options, log);
    // When the stack dies or Ctrl-C stops it, the run fails later too; that failure is already told.
    run.catch(() => undefined);
    const outcome = await Promise.race([run, interrupted, stack.unexpectedExit]);
    if (stack.unexpectedExits.length > 0) {
      console.error(`baton bench: ${stack.unexpectedExits.length} process(es) died during the run; see the lines above.`);
      return 1;
    }
    if ('passed' in outcome && !outcome.passed) return 1;
    return 0;
  } catch (error) {
    console.error(`baton bench: the run failed: ${(error as Error).message}`);
    return 1;
  } finally {
    await stack?.stop();
    if (stack?.logsDir) log(`bench: logs kept in ${stack.logsDir}`);
    if (profileDir) log(summarizeCpuProfiles(profileDir));
    exitSoon();
  }
}

function reuseRunningStack(url: string): BenchStack {
  const settings = loadSettings();
  return runningStack({
    graphqlUrl: url.endsWith('/graphql') ? url : `${url.replace(/\/$/, '')}/graphql`,
    temporalAddress: temporalAddressOf(settings),
    namespace: settings.temporal.namespace,
    demoPassword: settings.demoPassword,
  });
}
