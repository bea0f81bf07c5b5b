/**
 * The one logger of a Baton process: JSON lines (pino) with `level` as a name, an ISO `time`, the
 * process's `role`, and the ids of the request or conversation being handled. Errors and worse go
 * to stderr, the rest to stdout; on a terminal both are pretty-printed instead.
 *
 * Code deep in a request or an activity logs through `currentLogger()`, which carries the ids the
 * request or activity was started with (`withLogContext`), so its lines need no ids passed down.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import pino, { type DestinationStream, type Logger } from 'pino';
import pretty from 'pino-pretty';
import { redactUrlCredentials } from '../config/redact';
import { logLevelOf } from '../config/settings';

export type ProcessRole = 'start' | 'api' | 'worker' | 'cli';

/** Ids a log line may carry; each is set where it becomes known (the API request, the activity). */
export type LogBindings = { requestId?: string; conversationId?: string; workspaceId?: string; [key: string]: unknown };

/** Fields whose values are secrets wherever they appear, one or two levels down (pino's redact paths). */
const SECRET_KEYS = ['authorization', 'password', 'token', 'accessToken', 'refreshToken', 'secret', 'apiKey', 'api_key', 'cookie', 'credentials'];
const REDACT_PATHS = [
  ...SECRET_KEYS,
  ...SECRET_KEYS.map((key) => `*.${key}`),
  'headers.authorization',
  'req.headers.authorization',
  'req.headers.cookie',
  'headers["x-api-key"]',
];

/** A bearer or basic credential written into text (a header echoed in a message). */
const AUTH_SCHEME_VALUE = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi;

/** Text that may hold a connection URL or an Authorization value, made safe to write. */
export function redactLogText(text: string): string {
  return redactUrlCredentials(text).replace(AUTH_SCHEME_VALUE, '$1 [redacted]');
}

let processRole: ProcessRole | undefined;

/** Names what this process is; every line after carries it. Called once, by the command that started the process. */
export function setProcessRole(role: ProcessRole): void {
  processRole = role;
}

function destination(): DestinationStream {
  if (process.stdout.isTTY) {
    // Synchronous, so the last lines before an exit are not lost in a worker thread.
    return pino.multistream(
      [
        { level: 'trace', stream: pretty({ sync: true, destination: 1, colorize: true, ignore: 'pid,hostname' }) },
        { level: 'error', stream: pretty({ sync: true, destination: 2, colorize: true, ignore: 'pid,hostname' }) },
      ],
      { dedupe: true },
    );
  }
  // process.stdout/stderr themselves (not their file descriptors), which write synchronously to files and pipes.
  return pino.multistream(
    [
      { level: 'trace', stream: process.stdout },
      { level: 'error', stream: process.stderr },
    ],
    { dedupe: true },
  );
}

/** A line's fields minus those its logger already binds to the same value (a workspace id given twice), which pino would write twice. */
function withoutBound(fields: unknown, bound: Logger): unknown {
  if (typeof fields !== 'object' || fields === null || fields instanceof Error) return fields;
  const bindings = bound.bindings() as Record<string, unknown>;
  const entries = Object.entries(fields);
  if (!entries.some(([key, value]) => bindings[key] === value)) return fields;
  return Object.fromEntries(entries.filter(([key, value]) => bindings[key] !== value));
}

/** A bad LOG_LEVEL is reported by loadSettings, with the fix, when the process reads its settings; until then, info. */
function initialLevel(): string {
  try {
    return logLevelOf(process.env);
  } catch {
    return 'info';
  }
}

export const logger: Logger = pino(
  {
    level: initialLevel(),
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    mixin: () => (processRole ? { role: processRole } : {}),
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    serializers: {
      err: (error: Error) => {
        const serialized = pino.stdSerializers.err(error);
        return { ...serialized, message: redactLogText(serialized.message ?? ''), stack: redactLogText(serialized.stack ?? '') };
      },
    },
    hooks: {
      // Messages are free text: a connection URL or a header value may be interpolated into them.
      logMethod(args, method) {
        // An error logged on its own would lend its unredacted message to `msg`.
        const [first, ...rest] = args as unknown[];
        const spread = first instanceof Error ? [{ err: first }, typeof rest[0] === 'string' ? rest.shift() : first.message, ...rest] : args;
        const safe = spread.map((arg, index) => (typeof arg === 'string' ? redactLogText(arg) : index === 0 ? withoutBound(arg, this) : arg));
        method.apply(this, safe as Parameters<typeof method>);
      },
    },
  },
  destination(),
);

const context = new AsyncLocalStorage<Logger>();

/** Runs `fn` with a logger that carries `bindings` (over the ones already in force), for everything it calls, awaited or not. */
export function withLogContext<T>(bindings: LogBindings, fn: () => T): T {
  const parent = currentLogger();
  const bound = parent.bindings() as Record<string, unknown>;
  // Only what is new: pino would write a key bound twice twice.
  const added = Object.fromEntries(Object.entries(bindings).filter(([key, value]) => value !== undefined && bound[key] !== value));
  return context.run(Object.keys(added).length > 0 ? parent.child(added) : parent, fn);
}

/** The logger for the request or activity being handled, or the root logger outside one. */
export function currentLogger(): Logger {
  return context.getStore() ?? logger;
}

/** The bindings in force (requestId, conversationId, ...), e.g. to hand the request id on to Temporal. */
export function currentLogBindings(): LogBindings {
  return (context.getStore()?.bindings() as LogBindings | undefined) ?? {};
}
