import { z } from 'zod';
import { UsageError } from '../cli/cli-error';

/** What `baton bench` was asked to do, with the numbers as the full run's defaults. */
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

const FULL = {
  conversations: 1000,
  durationSeconds: 60,
  saturationSeconds: 20,
  concurrency: 200,
  subscribers: 200,
  floorSamples: 200,
  replySamples: 200,
  escalationSamples: 50,
};
/** Sized to finish in under two minutes on a two-core machine, stack start-up included. */
const QUICK = {
  conversations: 150,
  durationSeconds: 15,
  saturationSeconds: 8,
  concurrency: 40,
  subscribers: 200,
  floorSamples: 30,
  replySamples: 20,
  escalationSamples: 8,
};
/** A brisk customer: reads the answer and types the next question in three seconds. */
const DEFAULT_THINK_SECONDS = 3;

const positive = (name: string) =>
  z.coerce
    .number({ error: `${name} must be a number` })
    .int(`${name} must be a whole number`)
    .positive(`${name} must be at least 1`);

/** The flags as `baton bench` parsed them (cli/commands/bench.ts): numbers still as typed. */
const BenchFlags = z.object({
  quick: z.boolean().default(false),
  drill: z.boolean().default(false),
  keepData: z.boolean().default(false),
  agentDuringLoad: z.boolean().default(true),
  conversations: positive('--conversations').optional(),
  duration: positive('--duration').optional(),
  concurrency: positive('--concurrency').optional(),
  think: z.coerce.number({ error: '--think must be a number of seconds' }).min(0, '--think cannot be negative').optional(),
  json: z.string().min(1, '--json needs a file name').optional(),
  url: z.url({ error: '--url must be the URL of a running Baton, e.g. http://localhost:4000/graphql' }).optional(),
  profile: z.string().min(1, '--profile needs a folder').optional(),
  dynamicConfig: z.array(z.string().regex(/^[\w.]+=.+$/, '--dynamic-config takes KEY=VALUE, e.g. system.enableActivityEagerExecution=true')).default([]),
});

/** What the flags ask for, with the full or quick run's numbers where a flag is left out; bad values are a `UsageError`. */
export function benchOptionsFrom(flags: Record<string, unknown>): BenchOptions {
  const parsed = BenchFlags.safeParse(flags);
  if (!parsed.success) throw new UsageError(`${parsed.error.issues[0]!.message}.`);
  const args = parsed.data;
  if (args.drill && args.url) throw new UsageError('--drill kills and restarts the servers, so it needs the stack the bench starts itself; drop --url.');
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
    agentDuringLoad: args.agentDuringLoad,
    dynamicConfig: Object.fromEntries(
      args.dynamicConfig.map((pair) => [pair.slice(0, pair.indexOf('=')), parseConfigValue(pair.slice(pair.indexOf('=') + 1))]),
    ),
  };
}

/** The dev server takes JSON values: true, 1, "text". */
function parseConfigValue(value: string): string | number | boolean {
  if (value === 'true' || value === 'false') return value === 'true';
  return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
}
