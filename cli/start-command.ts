import { loadSettings } from '../config/settings';
import { buildWebPages } from '../studio/build';
import { DEMO_USERS, DEMO_WORKSPACE, seedDemoWorkspace } from '../server/seed-demo';
import { startBatonApp, type BatonApp } from '../server/baton-app';
import { startLocalServers, type LocalServers } from './local-stack/local-servers';

/** `baton start`: the whole local stack in the foreground; Ctrl-C stops every child. */
export async function runStart(args: string[]): Promise<number> {
  if (args.length > 0) {
    console.error(`baton start takes no arguments (got ${args.join(' ')}); configure it with environment variables.`);
    return 2;
  }
  const settings = loadSettings();
  let servers: LocalServers | undefined;
  let app: BatonApp | undefined;
  let stopping: Promise<void> | undefined;
  const stopAll = () =>
    (stopping ??= (async () => {
      await app?.stop().catch((error) => console.error(`baton: stopping the app: ${(error as Error).message}`));
      await servers?.stop();
    })());

  const finished = new Promise<number>((resolveExit) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        console.log(`\nbaton: ${signal} received, stopping...`);
        void stopAll().then(() => resolveExit(0));
      });
    }
  });

  console.log('baton: building the web pages (skipped when nothing changed)...');
  await buildWebPages({ ifStale: true });
  console.log('baton: starting the local stack...');
  servers = await startLocalServers(settings);
  for (const child of servers.processes) {
    child.child.once('exit', (code, signal) => {
      if (stopping) return;
      console.error(`baton: ${child.name} stopped unexpectedly (${code ?? signal}); see ${child.logFile}. Shutting down.`);
      void stopAll().then(() => process.exit(1));
    });
  }
  try {
    app = await startBatonApp(settings, servers);
    await seedDemoWorkspace(app.db, { demoPassword: settings.demoPassword });
  } catch (error) {
    await stopAll();
    throw error;
  }

  const base = `http://localhost:${app.api.port}`;
  console.log(`
Baton is running.

  Inbox (agents)          ${base}/
  Flow studio (admins)    ${base}/studio
  Knowledge base          ${base}/knowledge
  Demo page with widget   ${base}/demo
  GraphQL API + GraphiQL  ${base}/graphql
  Temporal Web UI         ${servers.temporalUiUrl ?? '(your Temporal server: ' + servers.temporalAddress + ')'}
  Temporal                ${servers.temporalAddress} (namespace ${settings.temporal.namespace}, task queue ${settings.temporal.taskQueue})
  MongoDB                 ${servers.mongoUri}
  Answers                 ${settings.openai ? `OpenAI-compatible model ${settings.openai.model}` : 'offline answerer (set OPENAI_API_KEY for a model)'}

Demo workspace key: ${DEMO_WORKSPACE.key}
Demo logins (password: ${settings.demoPassword}):
${DEMO_USERS.map((user) => `  ${user.role.padEnd(6)} ${user.email}`).join('\n')}

Try it:
  curl -s ${base}/graphql -H 'content-type: application/json' \\
    -d '{"query":"mutation { startWidgetSession(workspaceKey: \\"demo\\") { token } }"}'

Press Ctrl-C to stop.`);
  return finished;
}
