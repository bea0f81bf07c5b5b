/**
 * The audit archiver on this machine: how many closed conversation runs one pass archives per
 * second (the auditArchiver workflow on an in-process worker: list, fetch, compress, hash, append),
 * against the baseline of only fetching the same histories from Temporal, measured in the same
 * run; and the archive's size per conversation. Starts its own Temporal dev server and FerretDB in
 * a temporary folder.
 *
 *   node --import tsx bench/experiments/archive-throughput.ts [conversations (default 200)]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import proto from '@temporalio/proto';
import { startFerretDb } from '../../cli/local-stack/ferretdb-server';
import { findFreePort } from '../../cli/local-stack/managed-process';
import { PROJECT_ROOT, provisionBinaries } from '../../cli/local-stack/provision';
import { startTemporalDevServer } from '../../cli/local-stack/temporal-dev-server';
import { loadSettings } from '../../config/settings';
import { decodeHistory } from '../../audit/run-history';
import type { ArchivePassSummary } from '../../audit/archive-pass';
import { archiverInput } from '../../server/archive-schedule';
import { startBatonApp } from '../../server/baton-app';
import { seedDemoWorkspace } from '../../server/seed-demo';
import { connectTemporalClient } from '../../server/temporal-connection';
import { conversationWorkflowId } from '../../workflows/conversation-definitions';
import { callGraphQL } from '../client/graphql-http';
import { formatTable } from '../report/format-table';

const CONVERSATIONS = Number(process.argv[2] ?? 200);
const CONCURRENCY = 8;
const QUESTIONS = ['How do I reset my password?', 'How do I export my data?', 'I want to talk to a real person'];

const dir = mkdtempSync(join(tmpdir(), 'baton-archive-bench-'));
const binaries = await provisionBinaries(['temporal', 'ferretdb']);
const temporalPort = await findFreePort();
const { devServer } = loadSettings({}, PROJECT_ROOT).temporal;
const temporalServer = await startTemporalDevServer({
  binary: binaries.temporal,
  dataDir: join(dir, 'temporal'),
  port: temporalPort,
  uiPort: 0,
  namespace: 'default',
  dynamicConfig: devServer.dynamicConfig,
  sqlitePragmas: devServer.sqlitePragmas,
});
const ferretPort = await findFreePort();
const ferret = await startFerretDb({ binary: binaries.ferretdb, dataDir: join(dir, 'ferretdb'), port: ferretPort });
const base = loadSettings({ PORT: '0', NODE_ENV: 'test', BATON_DATA_DIR: join(dir, 'data'), BATON_TASK_QUEUE: 'archive-bench' }, PROJECT_ROOT);
const settings = { ...base, trustProxy: 1, audit: { ...base.audit, archiveEveryMinutes: 0 } };
const temporalAddress = `127.0.0.1:${temporalPort}`;
const app = await startBatonApp(settings, { mongoUri: `mongodb://127.0.0.1:${ferretPort}/`, temporalAddress });
const client = await connectTemporalClient(temporalAddress, 'default');
try {
  await seedDemoWorkspace(app.db, { demoPassword: settings.demoPassword });
  await app.db.workspaces.updateOne({ key: 'demo' }, { $set: { 'settings.newConversationsPerMinute': 100_000 } });
  const url = `${app.api.url}/graphql`;

  // Three customer turns each (two answers, then a hand-off), then the run is closed.
  const ids: string[] = [];
  const converse = async () => {
    const { startWidgetSession } = await callGraphQL({
      url,
      query: 'mutation { startWidgetSession(workspaceKey: "demo") { token } }',
      schema: z.object({ startWidgetSession: z.object({ token: z.string() }) }),
    });
    let conversationId: string | undefined;
    for (const text of QUESTIONS) {
      const sent = await callGraphQL({
        url,
        query: 'mutation ($input: SendCustomerMessageInput!) { sendCustomerMessage(input: $input) { id } }',
        variables: { input: { conversationId, text, clientMessageId: randomUUID() } },
        token: startWidgetSession.token,
        schema: z.object({ sendCustomerMessage: z.object({ id: z.string() }) }),
      });
      conversationId = sent.sendCustomerMessage.id;
    }
    await client.workflow.getHandle(conversationWorkflowId(conversationId!)).terminate('archive bench');
    ids.push(conversationId!);
  };
  const made = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next++ < CONVERSATIONS) await converse();
    }),
  );
  console.log(`${ids.length} closed conversations made in ${((performance.now() - made) / 1000).toFixed(1)} s`);

  // Baseline: only fetching the same histories, one after another as the pass does.
  const fetchStart = performance.now();
  let rawBytes = 0;
  for (const id of ids) {
    const history = await client.workflow.getHandle(conversationWorkflowId(id)).fetchHistory();
    rawBytes += proto.temporal.api.history.v1.History.encode(history).finish().length;
  }
  const fetchSeconds = (performance.now() - fetchStart) / 1000;

  const passStart = performance.now();
  const summary = await client.workflow.execute<(input: ReturnType<typeof archiverInput>) => Promise<ArchivePassSummary>>('auditArchiver', {
    workflowId: `archive-bench-${Date.now()}`,
    taskQueue: settings.temporal.taskQueue,
    args: [archiverInput(settings.temporal.taskQueue)],
  });
  const passSeconds = (performance.now() - passStart) / 1000;

  const records = await app.db.auditArchive.find({ kind: 'run' }, { projection: { historyBytes: 1, eventCount: 1 } }).toArray();
  const stored = records.reduce((sum, record) => sum + ('historyBytes' in record ? record.historyBytes : 0), 0);
  const events = records.reduce((sum, record) => sum + ('eventCount' in record ? record.eventCount : 0), 0);
  const sample = await app.db.auditArchive.findOne({ kind: 'run' });
  if (sample && 'history' in sample) decodeHistory(sample.history.buffer);

  console.log(
    formatTable([
      ['measure', 'value'],
      ['runs archived by the pass', String(summary.archived)],
      ['baseline: fetch only', `${(ids.length / fetchSeconds).toFixed(1)} histories/s`],
      ['archiver pass', `${(summary.archived / passSeconds).toFixed(1)} histories/s`],
      ['pass vs fetch only', `${(passSeconds / fetchSeconds).toFixed(2)}x the time`],
      ['events per conversation', (events / records.length).toFixed(1)],
      ['history per conversation (protobuf)', `${(rawBytes / ids.length / 1024).toFixed(1)} KiB`],
      ['archived per conversation (gzip)', `${(stored / records.length / 1024).toFixed(1)} KiB`],
    ]),
  );
} finally {
  await client.connection.close();
  await app.stop();
  await ferret.stop();
  await temporalServer.stop();
  rmSync(dir, { recursive: true, force: true });
}
