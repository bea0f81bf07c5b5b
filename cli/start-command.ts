import { loadSettings } from '../config/settings';
import { buildWebPages } from '../studio/build';
import { DEMO_USERS, DEMO_WORKSPACE, seedDemoUnlessProduction } from '../server/seed-demo';
import { requireSigningSecret } from '../api/auth/signing-secret';
import { ensurePrivateDataDir } from '../config/data-dir';
import { redactUrlCredentials } from '../config/redact';
import { startBatonApp, type BatonApp } from '../server/baton-app';
import { startLocalServers, type LocalServers } from './local-stack/local-servers';
import { exitOnCrash } from './crash-handlers';
import { stopOnSignal } from './stop-on-signal';
import { logger, setProcessRole } from '../telemetry/logger';
import { warnOnShortClusterRetention } from '../server/namespace-retention';

/** `baton start`: the whole local stack in the foreground; Ctrl-C stops every child. */
export async function runStart(): Promise<number> {
  setProcessRole('start');
  const settings = loadSettings();
  // Both before any server starts: a refusal leaves nothing running, and the servers' files land in a private folder.
  requireSigningSecret(settings);
  ensurePrivateDataDir(settings.dataDir);
  // eslint-disable-next-line prefer-const -- a crash can run stopAll before it is assigned, where a const would throw
  let servers: LocalServers | undefined;
  let app: BatonApp | undefined;
  let demo: Awaited<ReturnType<typeof seedDemoUnlessProduction>>;
  let adminCount: number;
  let stopping: Promise<void> | undefined;
  // The API drains and the worker finishes what it holds before the servers they use are stopped.
  const stopAll = (deadline?: number) =>
    (stopping ??= (async () => {
      await app?.stop(deadline).catch((error: unknown) => logger.error({ err: error }, 'baton start: stopping the app failed'));
      await servers?.stop();
    })());
  // A crash stops the Temporal dev server and FerretDB too, rather than leaving them running without a parent.
  exitOnCrash('baton start', () => stopAll(Date.now()));
  const finished = stopOnSignal('baton start', settings.shutdownGraceMs, stopAll);

  logger.info('baton start: building the web pages (skipped when nothing changed)...');
  await buildWebPages({ ifStale: true });
  logger.info('baton start: starting the local stack...');
  // Files made from here on (the servers' SQLite files and logs, this process's own) are the owner's only.
  process.umask(0o077);
  servers = await startLocalServers(settings);
  for (const child of servers.processes) {
    child.child.once('exit', (code, signal) => {
      if (stopping) return;
      logger.error(
        { exit: code ?? signal, log: child.logFile },
        `baton start: ${child.name} stopped unexpectedly (${code ?? signal}); see ${child.logFile}. Shutting down.`,
      );
      void stopAll(Date.now() + settings.shutdownGraceMs).then(() => process.exit(1));
    });
  }
  try {
    app = await startBatonApp(settings, servers);
    demo = await seedDemoUnlessProduction(app.db, settings);
    adminCount = await app.db.users.countDocuments({ role: 'admin' });
  } catch (error) {
    await stopAll();
    throw error;
  }

  const base = `http://localhost:${app.api.port}`;
  console.log(`
Baton is running${settings.production ? ' (production)' : ''}.

  Inbox (agents)          ${base}/
  Dashboard               ${base}/dashboard
  Flow studio (admins)    ${base}/studio
  Agents (admins)         ${base}/agents
  Knowledge base          ${base}/knowledge
${demo.seeded ? `  Demo page with widget   ${base}/demo\n` : ''}  GraphQL API${settings.production ? '             ' : ' + GraphiQL  '}${base}/graphql
  Temporal Web UI         ${servers.temporalUiUrl ?? '(your Temporal server: ' + servers.temporalAddress + ')'}
  Temporal                ${servers.temporalAddress} (namespace ${settings.temporal.namespace}, task queue ${settings.temporal.taskQueue})
  MongoDB                 ${redactUrlCredentials(servers.mongoUri)}
  Answers                 ${settings.openai ? `OpenAI-compatible model ${settings.openai.model}` : 'offline answerer (set OPENAI_API_KEY for a model)'}
${demo.seeded ? demoBanner(base, settings.demoPassword) : ''}${adminCount === 0 ? firstAdminBanner : ''}
Press Ctrl-C to stop.`);
  // A cluster's retention is its operator's; Baton only says when it is too short for the audit archive.
  if (settings.temporal.address) await warnOnShortClusterRetention(servers.temporalAddress, settings.temporal.namespace, settings.audit);
  return finished;
}

function demoBanner(base: string, demoPassword: string): string {
  return `
Demo workspace key: ${DEMO_WORKSPACE.key}
Demo logins (password: ${demoPassword}):
${DEMO_USERS.map((user) => `  ${user.role.padEnd(6)} ${user.email}`).join('\n')}

Try it:
  curl -s ${base}/graphql -H 'content-type: application/json' \\
    -d '{"query":"mutation { startWidgetSession(workspaceKey: \\"demo\\") { token } }"}'
`;
}

/** Production has no demo accounts: this is how its first person gets in. */
const firstAdminBanner = `
No admin yet. Create the first workspace and its admin (the password is asked for, never shown):
  npx baton workspace create acme --name "Acme" --origin https://www.acme.example
  npx baton admin create --email you@acme.example --name "Your Name" --workspace acme
`;
