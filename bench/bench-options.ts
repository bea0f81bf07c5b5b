import { z } from 'zod';

/** What `baton bench` was asked to do, with the issue's numbers as the full run's defaults. */
export type BenchOptions = {
  quick: boolean;
  conversations: number;
  durationSeconds: number;
  concurrency: number;
  /** Mean seconds a customer under sustained load reads and types between a reply and the next message. */
  thinkSeconds: number;
  /** How long the closed loops (Baton's and the floor's, no think time) run to find the most each can do. */
  saturationSeconds: number;
  subscribers: number;
  floorSamples: number;
  replySamples: number;
  escalationSamples: number;
  jsonFile: string | undefined;
  drill: boolean;
  /** Customers under steady load during the drill, and how long the load runs between faults. */
  drillCustomers: number;
  drillSteadySeconds: number;
  /** How long a drill customer waits for a send or a reply through a fault before it gives up (and the drill fails). */
  drillPatienceSeconds: number;
  /** A running Baton's GraphQL URL: measure it instead of starting a stack (no memory, no drill). */
  url: string | undefined;
  /** Write CPU profiles of the worker and the API (node --cpu-prof) into this folder. */
  profileDir: string | undefined;
  keepData: boolean;
  /** Whether an agent keeps the inbox open (inboxChanged) while the sustained load runs, as a real team would. */
  agentDuringLoad: boolean;
  /** Extra dynamic config for the bench's Temporal dev server (KEY=VALUE), over temporal.yaml's, to try server settings. */
  dynamicConfig: Record<string, string | number | boolean>;
};

const FULL = { conversations: 1000, durationSeconds: 60, saturationSeconds: 20, concurrency: 200, subscribers: 200, floorSamples: 200, replySamples: 200, escalationSamples: 50 };
/** Sized to finish in under two minutes on a two-core machine, stack start-up included. */
const QUICK = { conversations: 150, durationSeconds: 15, saturationSeconds: 8, concurrency: 40, subscribers: 200, floorSamples: 30, replySamples: 20, escalationSamples: 8 };
/** A brisk customer: reads the answer and types the next question in three seconds. */
const DEFAULT_THINK_SECONDS = 3;

const positive = (name: string) => z.coerce.number({ error: `${name} must be a number` }).int(`${name} must be a whole number`).positive(`${name} must be at least 1`);

const ArgsSchema = z.object({
  quick: z.boolean(),
  drill: z.boolean(),
  keepData: z.boolean(),
  noAgentDuringLoad: z.boolean(),
  conversations: positive('--conversations').optional(),
  duration: positive('--duration').optional(),
  concurrency: positive('--concurrency').optional(),
  think: z.coerce.number({ error: '--think must be a number of seconds' }).min(0, '--think cannot be negative').optional(),
  json: z.string().min(1, '--json needs a file name').optional(),
  url: z.url({ error: '--url must be the URL of a running Baton, e.g. http://localhost:4000/graphql' }).optional(),
  profile: z.string().min(1, '--profile needs a folder').optional(),
  dynamicConfig: z.array(z.string().regex(/^[\w.]+=.+$/, '--dynamic-config takes KEY=VALUE, e.g. system.enableActivityEagerExecution=true')),
});

export class BenchUsageError extends Error {}

export const BENCH_USAGE = `Usage: baton bench [--quick] [--conversations N] [--duration S] [--concurrency C] [--think S] [--json FILE] [--drill] [--url URL] [--profile DIR] [--keep-data]

  --quick            a short run (under 2 minutes) with smaller numbers; with --drill, the drill's short form
  --conversations N  open conversations for the memory reading (default 1000; quick 150)
  --duration S       seconds of sustained load (default 60; quick 15)
  --concurrency C    concurrent customers under load (default 200; quick 40); with --drill, customers under load
  --think S          mean seconds a customer under load takes between a reply and the next message (default 3)
  --json FILE        also write the results as JSON
  --drill            fault drill: kill -9 the worker, the API, FerretDB and Temporal under load, and check nothing was lost
  --url URL          measure a running Baton (e.g. http://localhost:4000/graphql) instead of starting a stack
  --profile DIR      write CPU profiles of the worker and the API (node --cpu-prof) into DIR and summarize them
  --keep-data        keep the temporary stack's data and logs
  --no-agent-during-load
                     close the agents' inbox subscriptions before the sustained load (by default one stays open)
  --dynamic-config KEY=VALUE
                     a dynamic config value for the bench's Temporal dev server, over temporal.yaml's (repeatable)`;

const FLAGS: Record<string, 'quick' | 'drill' | 'keepData' | 'noAgentDuringLoad'> = {
  '--quick': 'quick',
  '--drill': 'drill',
  '--keep-data': 'keepData',
  '--no-agent-during-load': 'noAgentDuringLoad',
};
const VALUES: Record<string, 'conversations' | 'duration' | 'concurrency' | 'think' | 'json' | 'url' | 'profile'> = {
  '--conversations': 'conversations',
  '--think': 'think',
  '--duration': 'duration',
  '--concurrency': 'concurrency',
  '--json': 'json',
  '--url': 'url',
  '--profile': 'profile',
};

export function parseBenchOptions(argv: string[]): BenchOptions {
  const raw: Record<string, unknown> = { quick: false, drill: false, keepData: false, noAgentDuringLoad: false, dynamicConfig: [] };
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index]!;
    const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (FLAGS[name] && inline === undefined) raw[FLAGS[name]] = true;
    else if (name === '--dynamic-config') {
      const value = inline ?? argv[++index];
      if (value === undefined) throw new BenchUsageError('--dynamic-config needs KEY=VALUE.');
      (raw.dynamicConfig as string[]).push(value);
    } else if (VALUES[name]) {
      const value = inline ?? argv[++index];
      if (value === undefined) throw new BenchUsageError(`${name} needs a value.`);
      raw[VALUES[name]] = value;
    } else throw new BenchUsageError(`unknown option "${arg}".`);
  }
  const parsed = ArgsSchema.safeParse(raw);
  if (!parsed.success) throw new BenchUsageError(parsed.error.issues[0]!.message);
  const args = parsed.data;
  if (args.drill && args.url) throw new BenchUsageError('--drill kills and restarts the servers, so it needs the stack the bench starts itself; drop --url.');
  const base = args.quick ? QUICK : FULL;
  return {
    quick: args.quick,
    conversations: args.conversations ?? base.conversations,
    durationSeconds: args.duration ?? base.durationSeconds,
    concurrency: args.concurrency ?? base.concurrency,
    thinkSeconds: args.think ?? DEFAULT_THINK_SECONDS,
    saturationSeconds: Math.min(base.saturationSeconds, args.duration ?? base.saturationSeconds),
    subscribers: base.subscribers,
    floorSamples: base.floorSamples,
    replySamples: base.replySamples,
    escalationSamples: base.escalationSamples,
    jsonFile: args.json,
    drill: args.drill,
    drillCustomers: args.concurrency ?? (args.quick ? 10 : 40),
    drillSteadySeconds: args.quick ? 3 : 10,
    drillPatienceSeconds: args.quick ? 90 : 180,
    url: args.url,
    profileDir: args.profile,
    keepData: args.keepData,
    agentDuringLoad: !args.noAgentDuringLoad,
    dynamicConfig: Object.fromEntries(args.dynamicConfig.map((pair) => [pair.slice(0, pair.indexOf('=')), parseConfigValue(pair.slice(pair.indexOf('=') + 1))])),
  };
}

/** The dev server takes JSON values: true, 1, "text". */
function parseConfigValue(value: string): string | number | boolean {
  if (value === 'true' || value === 'false') return value === 'true';
  return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
}
