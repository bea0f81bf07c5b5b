import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { hasUnencodedCredentials } from './redact';

/** What `temporal.yaml` may say. */
const TemporalFileSchema = z
  .object({
    address: z.string().default(''),
    namespace: z.string().min(1).default('default'),
    taskQueue: z.string().min(1).default('baton'),
    devServer: z
      .object({
        port: z.number().int().min(1).max(65535).default(7233),
        uiPort: z.number().int().min(1).max(65535).default(8233),
        dynamicConfig: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).default({}),
        sqlitePragmas: z.partialRecord(z.enum(['journal_mode', 'synchronous']), z.string()).default({}),
      })
      .default({ port: 7233, uiPort: 8233, dynamicConfig: {}, sqlitePragmas: {} }),
    audit: z
      .object({
        retentionDays: z.number().int().min(1).max(3650).default(30),
        archiveEveryMinutes: z.number().min(0).max(1440).default(5),
        archiveDelayDays: z.number().positive().default(3),
      })
      .strict()
      .default({ retentionDays: 30, archiveEveryMinutes: 5, archiveDelayDays: 3 }),
  })
  .strict();

const portNumber = (name: string) =>
  z.coerce
    .number({ error: `${name} must be a port number (1-65535)` })
    .int(`${name} must be a whole number`)
    .min(0, `${name} must be between 0 and 65535`)
    .max(65535, `${name} must be between 0 and 65535`);
const port = (name: string, fallback: number) => portNumber(name).default(fallback);
const optionalPort = (name: string) => z.preprocess((value) => (value === '' ? undefined : value), portNumber(name).optional());

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

/** A server URL whose credentials, if any, are percent-encoded: unencoded, a driver would print a piece of the password as a host name. */
const connectionUrl = (name: string) =>
  optionalText.refine(
    (url) => url === undefined || !hasUnencodedCredentials(url),
    `the user name or password in ${name} has characters that must be percent-encoded (@ as %40, / as %2F, : as %3A, # as %23, ? as %3F)`,
  );

/** LOG_LEVEL: the least severe log line written (pino's level names); `silent` writes none. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
const logLevel = z.enum(LOG_LEVELS, { error: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}` });

const EnvSchema = z.object({
  PORT: port('PORT', 4000),
  MONGODB_URI: connectionUrl('MONGODB_URI'),
  TEMPORAL_ADDRESS: optionalText,
  TEMPORAL_NAMESPACE: optionalText,
  TEMPORAL_TLS_CERT: optionalText,
  TEMPORAL_TLS_KEY: optionalText,
  TEMPORAL_API_KEY: optionalText,
  BATON_HOST: optionalText,
  OPENAI_API_KEY: optionalText,
  OPENAI_BASE_URL: optionalText.pipe(z.url({ error: 'OPENAI_BASE_URL must be a URL such as http://localhost:8080/v1' }).optional()),
  OPENAI_MODEL: optionalText,
  REDIS_URL: connectionUrl('REDIS_URL'),
  BATON_SECRET: z
    .string()
    .optional()
    .transform((value) => (value === '' ? undefined : value))
    .refine((value) => value === undefined || value.length >= 32, 'BATON_SECRET must be at least 32 characters; generate one with `openssl rand -hex 32`'),
  BATON_DATA_DIR: z.string().default('./data'),
  BATON_DEMO_PASSWORD: z.string().min(8, 'BATON_DEMO_PASSWORD must be at least 8 characters').default('baton-demo'),
  BATON_TEMPORAL_PORT: optionalPort('BATON_TEMPORAL_PORT'),
  BATON_TEMPORAL_UI_PORT: optionalPort('BATON_TEMPORAL_UI_PORT'),
  BATON_FERRETDB_PORT: port('BATON_FERRETDB_PORT', 27017),
  BATON_TEMPORAL_FILE: z.string().default('temporal.yaml'),
  BATON_TASK_QUEUE: optionalText,
  BATON_HSTS_MAX_AGE: z.coerce
    .number({ error: 'BATON_HSTS_MAX_AGE must be a number of seconds (0 sends no Strict-Transport-Security header)' })
    .int('BATON_HSTS_MAX_AGE must be a whole number of seconds')
    .min(0, 'BATON_HSTS_MAX_AGE must be 0 or more seconds')
    .default(0),
  BATON_CACHED_CONVERSATIONS: z.coerce
    .number({ error: 'BATON_CACHED_CONVERSATIONS must be a number of conversations' })
    .int('BATON_CACHED_CONVERSATIONS must be a whole number')
    .min(40, 'BATON_CACHED_CONVERSATIONS must be at least 40 (the conversations a worker runs at once)')
    .default(200),
  BATON_TRUST_PROXY: z.coerce
    .number({ error: 'BATON_TRUST_PROXY must be the number of proxies in front of the API (0 when clients connect directly)' })
    .int('BATON_TRUST_PROXY must be a whole number of proxies')
    .min(0, 'BATON_TRUST_PROXY must be 0 or more')
    .max(10, 'BATON_TRUST_PROXY must be at most 10 proxies')
    .default(0),
  BATON_ARCHIVE_EVERY_MINUTES: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z.coerce
      .number({ error: 'BATON_ARCHIVE_EVERY_MINUTES must be a number of minutes (0 turns the archive schedule off)' })
      .min(0, 'BATON_ARCHIVE_EVERY_MINUTES must be 0 or more')
      .max(1440, 'BATON_ARCHIVE_EVERY_MINUTES must be at most 1440 (a day)')
      .optional(),
  ),
  BATON_WORKER_HTTP_PORT: port('BATON_WORKER_HTTP_PORT', 4001),
  BATON_SHUTDOWN_GRACE_S: z.coerce
    .number({ error: 'BATON_SHUTDOWN_GRACE_S must be a number of seconds' })
    .positive('BATON_SHUTDOWN_GRACE_S must be more than 0 seconds')
    .max(3600, 'BATON_SHUTDOWN_GRACE_S must be at most 3600 seconds')
    .default(25),
  SMTP_URL: connectionUrl('SMTP_URL').refine(
    (url) => url === undefined || /^smtps?:\/\/[^/?#]+/.test(url),
    'SMTP_URL must be the mail server as smtp://user:password@mail.example.com:587 (STARTTLS) or smtps://…:465 (TLS); unset it to send no email',
  ),
  SMTP_FROM: z
    .string()
    .trim()
    .transform((value) => (value === '' ? undefined : value))
    .optional()
    .refine(
      (from) => from === undefined || /^(?:[^<>\r\n]*<[^<>@\s]+@[^<>@\s]+>|[^<>@\s]+@[^<>@\s]+)$/.test(from),
      'SMTP_FROM must be an address such as no-reply@example.com or "Support <support@example.com>"',
    ),
  BATON_PUBLIC_URL: optionalText.pipe(
    z
      .url({ protocol: /^https?$/, error: 'BATON_PUBLIC_URL must be the address customers reach Baton at, such as https://support.example.com' })
      .transform((url) => url.replace(/\/+$/, ''))
      .optional(),
  ),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.preprocess((value) => (value === '' ? undefined : value), logLevel.default('info')),
});

/**
 * How Baton proves itself to a Temporal cluster that asks (Temporal Cloud): an mTLS client
 * certificate and key (each a file path, or the PEM text itself), or an API key; either turns TLS on.
 */
export type TemporalAuth = { tlsCert: string | undefined; tlsKey: string | undefined; apiKey: string | undefined };

const TemporalAuthSchema = z
  .object({ TEMPORAL_TLS_CERT: optionalText, TEMPORAL_TLS_KEY: optionalText, TEMPORAL_API_KEY: optionalText })
  .refine(
    (e) => (e.TEMPORAL_TLS_CERT === undefined) === (e.TEMPORAL_TLS_KEY === undefined),
    'TEMPORAL_TLS_CERT and TEMPORAL_TLS_KEY go together (the client certificate and its private key): set both, or neither',
  );

/** The Temporal credentials in the environment, on their own, for the connections that are not handed the settings. */
export function temporalAuthOf(env: NodeJS.ProcessEnv): TemporalAuth {
  const parsed = TemporalAuthSchema.safeParse(env);
  if (!parsed.success) throw new SettingsError(`Invalid Temporal credentials: ${parsed.error.issues[0]!.message}.`);
  return { tlsCert: parsed.data.TEMPORAL_TLS_CERT, tlsKey: parsed.data.TEMPORAL_TLS_KEY, apiKey: parsed.data.TEMPORAL_API_KEY };
}

/** LOG_LEVEL on its own, for the logger, which is made before (and without) the rest of the settings. */
export function logLevelOf(env: NodeJS.ProcessEnv): LogLevel {
  const parsed = z.preprocess((value) => (value === '' ? undefined : value), logLevel.default('info')).safeParse(env.LOG_LEVEL);
  if (!parsed.success) throw new SettingsError(`Invalid setting LOG_LEVEL: ${parsed.error.issues[0]!.message}.`);
  return parsed.data;
}

export type Settings = {
  port: number;
  /** BATON_HOST: the address the API listens on; 127.0.0.1 unless set (0.0.0.0 in a container, where the proxy connects from outside). */
  host: string;
  dataDir: string;
  demoPassword: string;
  production: boolean;
  mongo: { uri: string | undefined; localPort: number; database: string };
  temporal: {
    address: string | undefined;
    namespace: string;
    taskQueue: string;
    auth: TemporalAuth;
    devServer: {
      port: number;
      uiPort: number;
      dynamicConfig: Record<string, string | number | boolean>;
      sqlitePragmas: Partial<Record<'journal_mode' | 'synchronous', string>>;
    };
  };
  /** temporal.yaml `audit`: how long Temporal keeps closed conversations, and how the archive copies them into MongoDB before that. */
  audit: {
    /** The namespace's workflow execution retention in days: set on the local dev server, checked on a cluster. */
    retentionDays: number;
    /** Minutes between archiver runs (a Temporal Schedule); 0 turns the schedule off. */
    archiveEveryMinutes: number;
    /** Days the archive may fall behind; a cluster namespace keeping closed workflows for less gets a warning at start. */
    archiveDelayDays: number;
  };
  openai: { apiKey: string; baseURL: string | undefined; model: string } | undefined;
  redisUrl: string | undefined;
  /** BATON_SECRET: the key that signs tokens, shared by every API instance; required in production (api/auth/signing-secret.ts). */
  signingSecret: string | undefined;
  /** How many conversations a worker keeps in memory (Temporal's workflow cache); the rest replay from history on their next event. */
  cachedConversations: number;
  /** BATON_HSTS_MAX_AGE: seconds browsers must use HTTPS only (Strict-Transport-Security), for deployments behind TLS; 0 is off. */
  hstsMaxAge: number;
  /** How many proxies in front of the API append the client's address to X-Forwarded-For; 0 trusts the header never. */
  trustProxy: number;
  /** BATON_WORKER_HTTP_PORT: where `baton worker` answers /healthz, /readyz and /metrics (on BATON_HOST). */
  workerHttpPort: number;
  /** BATON_SHUTDOWN_GRACE_S: how long SIGTERM may take to drain requests and activities before the process exits anyway. */
  shutdownGraceMs: number;
  /** Emailing agents' replies to customers who left the chat (api/mail/). */
  mail: {
    /** SMTP_URL: the mail server; unset, no email is sent. */
    smtpUrl: string | undefined;
    /** SMTP_FROM: the sender of every email. */
    from: string;
    /** BATON_PUBLIC_URL: where customers reach Baton, the base of the links in emails (default http://localhost:PORT). */
    publicBaseUrl: string;
  };
};

export const DEFAULT_SMTP_FROM = 'Baton <no-reply@localhost>';

export class SettingsError extends Error {}

/** Reads the environment over temporal.yaml over defaults; fails fast naming the setting and the fix. */
export function loadSettings(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Settings {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new SettingsError(`Invalid setting ${String(issue.path[0])}: ${issue.message}.`);
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production' && e.SMTP_URL && !e.BATON_PUBLIC_URL) {
    throw new SettingsError(
      'Invalid setting BATON_PUBLIC_URL: with SMTP_URL set, emails link back to Baton; set BATON_PUBLIC_URL to the address customers reach it at, such as https://support.example.com.',
    );
  }
  const temporalFile = readTemporalFile(resolve(cwd, e.BATON_TEMPORAL_FILE));
  return {
    port: e.PORT,
    host: e.BATON_HOST ?? '127.0.0.1',
    dataDir: resolve(cwd, e.BATON_DATA_DIR),
    demoPassword: e.BATON_DEMO_PASSWORD,
    production: e.NODE_ENV === 'production',
    mongo: { uri: e.MONGODB_URI, localPort: e.BATON_FERRETDB_PORT, database: databaseNameOf(e.MONGODB_URI) ?? 'baton' },
    temporal: {
      address: e.TEMPORAL_ADDRESS ?? (temporalFile.address || undefined),
      namespace: e.TEMPORAL_NAMESPACE ?? temporalFile.namespace,
      taskQueue: e.BATON_TASK_QUEUE ?? temporalFile.taskQueue,
      auth: temporalAuthOf(env),
      devServer: {
        port: e.BATON_TEMPORAL_PORT ?? temporalFile.devServer.port,
        uiPort: e.BATON_TEMPORAL_UI_PORT ?? temporalFile.devServer.uiPort,
        dynamicConfig: temporalFile.devServer.dynamicConfig,
        sqlitePragmas: temporalFile.devServer.sqlitePragmas,
      },
    },
    audit: { ...temporalFile.audit, archiveEveryMinutes: e.BATON_ARCHIVE_EVERY_MINUTES ?? temporalFile.audit.archiveEveryMinutes },
    openai: e.OPENAI_API_KEY ? { apiKey: e.OPENAI_API_KEY, baseURL: e.OPENAI_BASE_URL, model: e.OPENAI_MODEL ?? 'gpt-4o-mini' } : undefined,
    redisUrl: e.REDIS_URL,
    signingSecret: e.BATON_SECRET,
    cachedConversations: e.BATON_CACHED_CONVERSATIONS,
    hstsMaxAge: e.BATON_HSTS_MAX_AGE,
    trustProxy: e.BATON_TRUST_PROXY,
    workerHttpPort: e.BATON_WORKER_HTTP_PORT,
    shutdownGraceMs: e.BATON_SHUTDOWN_GRACE_S * 1000,
    mail: { smtpUrl: e.SMTP_URL, from: e.SMTP_FROM ?? DEFAULT_SMTP_FROM, publicBaseUrl: e.BATON_PUBLIC_URL ?? `http://localhost:${e.PORT}` },
  };
}

/** The database named in the URI's path (mongodb://host/NAME), if any. */
function databaseNameOf(uri: string | undefined): string | undefined {
  const match = uri ? /^mongodb(?:\+srv)?:\/\/[^/]+\/([^?]+)/.exec(uri) : null;
  return match?.[1] ? decodeURIComponent(match[1]) : undefined;
}

function readTemporalFile(path: string) {
  if (!existsSync(path)) return TemporalFileSchema.parse({});
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(path, 'utf8')) ?? {};
  } catch (error) {
    throw new SettingsError(`${path} is not valid YAML (${(error as Error).message}); fix it or delete it to use the defaults.`);
  }
  const parsed = TemporalFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new SettingsError(`${path}: ${issue.path.join('.') || '(top level)'}: ${issue.message}. See the comments in temporal.yaml for the expected shape.`);
  }
  return parsed.data;
}
