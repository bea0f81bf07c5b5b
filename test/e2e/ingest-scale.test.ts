import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { PassThrough } from 'node:stream';
import { after, before, test } from 'node:test';
import { KnowledgeBase } from '../../knowledge/knowledge-base';
import { runIngest } from '../../cli/ingest-command';
import { connectDatabase, type BatonDb } from '../../store/database';
import { isolatedSettings, testServers } from '../support/test-servers';

const FILES = 2_000;
const TOPICS = ['invoices', 'dashboards', 'alerts', 'exports', 'roles', 'webhooks', 'sso', 'api keys', 'data sources', 'reports'];
const VERBS = ['create', 'rename', 'share', 'delete', 'schedule', 'filter', 'restore', 'archive'];

let db: BatonDb;
let mongoUri: string;
let root: string;

before(async () => {
  const settings = isolatedSettings('ingest_scale');
  mongoUri = `${testServers().mongoUri}${settings.mongo.database}`;
  db = await connectDatabase(testServers().mongoUri, settings.mongo.database);
  await db.workspaces.insertOne({
    _id: 'ws_scale',
    key: 'scale',
    name: 'Scale',
    publishedFlowVersion: 1,
    settings: { widgetOrigins: [], slaMinutes: 5 },
    knowledgeVersion: 0,
    createdAt: new Date(),
  });
  root = await mkdtemp(join(tmpdir(), 'baton-ingest-scale-'));
  // 2,000 articles in 20 folders, each a few sections long like a real help article (about 2 KB, two or three chunks).
  for (let i = 0; i < FILES; i++) {
    const topic = TOPICS[i % TOPICS.length]!;
    const verb = VERBS[Math.floor(i / TOPICS.length) % VERBS.length]!;
    const folder = join(root, 'help-centre', `section-${String(i % 20).padStart(2, '0')}`);
    if (i < 20) await mkdir(folder, { recursive: true });
    const steps = Array.from({ length: 4 }, (_, step) => `${step + 1}. Open **Settings → ${topic}** and choose option ${(i * 7 + step) % 97}.`).join('\n');
    await writeFile(
      join(folder, `article-${i}.md`),
      `---\ntitle: How to ${verb} ${topic} (${i})\nurl: https://help.scale.example/articles/${i}\ntags: [${topic}, generated]\n---\n\n` +
        `Article ${i} explains how to ${verb} ${topic} in workspace plan ${i % 4}. Owners and admins can do this; editors can ask them.\n\n` +
        `## Steps\n\n${steps}\n\nWhen you are done, the ${topic} list shows the change at once for you; other members see it after they reload the page. ` +
        `Nothing else in the workspace changes, and you can undo it from the same menu for thirty days.\n\n` +
        `## Who can do this\n\nOwners and admins can ${verb} ${topic} on every plan. Editors can ${verb} the ${topic} they created themselves, ` +
        `and viewers can only look at them. On the Free plan you can have up to ${(i % 9) + 1} ${topic}; paid plans have no limit. ` +
        `If your workspace uses single sign-on, the roles come from your identity provider and are updated at each sign-in.\n\n` +
        `## Things to know\n\nChanges to ${topic} take effect within ${(i % 50) + 1} minutes. ` +
        `If the ${topic} page shows error ${1000 + i}, reload it and try again, or contact support with the request id. ` +
        `The audit log records who changed ${topic} and when, so you can trace any change back to a person.\n`,
    );
  }
});

after(async () => {
  await db.db.dropDatabase().catch(() => undefined);
  await db.close();
  await rm(root, { recursive: true, force: true });
});

test('2,000 Markdown files ingest through the CLI with a progress bar, and again as a no-op', async () => {
  const terminal = Object.assign(new PassThrough(), { isTTY: true, columns: 100 });
  let rendered = '';
  terminal.on('data', (part: Buffer) => (rendered += part.toString('utf8')));
  const stdout = new PassThrough();
  let summary = '';
  stdout.on('data', (part: Buffer) => (summary += part.toString('utf8')));
  const io = { stdout, stderr: terminal, env: { MONGODB_URI: mongoUri }, cwd: root };

  const started = performance.now();
  const code = await runIngest(['help-centre', '--workspace', 'scale'], io);
  const firstSeconds = (performance.now() - started) / 1000;

  assert.equal(code, 0, summary);
  assert.match(summary, new RegExp(`Ingested ${FILES} files into workspace "scale"`));
  assert.match(summary, new RegExp(`added +${FILES}\\n`));
  assert.match(rendered, new RegExp(`\\[[█░]+\\] 100% \\| ${FILES}/${FILES} files`), 'the progress bar reached the end');
  assert.equal(await db.articles.countDocuments({ workspaceId: 'ws_scale' }), FILES);
  const chunks = await db.chunks.countDocuments({ workspaceId: 'ws_scale' });

  summary = '';
  const againStarted = performance.now();
  await runIngest(['help-centre', '--workspace', 'scale'], io);
  const againSeconds = (performance.now() - againStarted) / 1000;
  assert.match(summary, new RegExp(`unchanged +${FILES}\\n`));

  const buildStarted = performance.now();
  const index = await new KnowledgeBase(db).indexFor('ws_scale');
  const buildMs = performance.now() - buildStarted;
  assert.equal(index.size, chunks);
  assert.equal(index.search('How do I schedule webhooks?', { k: 1 })[0]?.chunk.title.startsWith('How to schedule webhooks'), true);

  console.log(
    `ingest of ${FILES} files (${chunks} chunks): ${firstSeconds.toFixed(1)} s; re-ingest unchanged: ${againSeconds.toFixed(1)} s; ` +
      `loading and indexing them for retrieval: ${buildMs.toFixed(0)} ms`,
  );
  assert.ok(firstSeconds < 60, `ingest took ${firstSeconds.toFixed(1)} s`);
});
