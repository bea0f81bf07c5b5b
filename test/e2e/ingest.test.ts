import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { KnowledgeBase } from '../../knowledge/knowledge-base';
import { upsertArticles } from '../../knowledge/knowledge-store';
import { answerOffline, isCurrentChunk } from '../../knowledge';
import { CliError } from '../../cli/cli-connections';
import { runIngest } from '../../cli/ingest-command';
import { findFreePort } from '../../cli/local-stack/managed-process';
import { PROJECT_ROOT } from '../../cli/local-stack/provision';
import { connectDatabase, type BatonDb } from '../../store/database';
import { startFakeOpenAIServer } from '../support/fake-openai-server';
import { isolatedSettings, testServers } from '../support/test-servers';

const execFileAsync = promisify(execFile);
const WORKSPACE = { _id: 'ws_acme', key: 'acme' };

const article = (title: string, body: string, extra = '') =>
  `---\ntitle: ${title}\nurl: https://help.acme.example/${title.toLowerCase().replace(/\W+/g, '-')}\ntags: [acme]${extra}\n---\n\n${body}\n`;

describe('baton ingest', () => {
  let db: BatonDb;
  let mongoUri: string;
  let root: string;

  before(async () => {
    const settings = isolatedSettings('ingest');
    mongoUri = `${testServers().mongoUri}${settings.mongo.database}`;
    db = await connectDatabase(testServers().mongoUri, settings.mongo.database);
    await db.workspaces.insertOne({
      ...WORKSPACE,
      name: 'Acme',
      publishedFlowVersion: 1,
      settings: { widgetOrigins: [], slaMinutes: 5 },
      knowledgeVersion: 0,
      createdAt: new Date(),
    });
    root = await mkdtemp(join(tmpdir(), 'baton-ingest-'));
  });
  after(async () => {
    await db.db.dropDatabase().catch(() => undefined);
    await db.close();
    await rm(root, { recursive: true, force: true });
  });

  /** Runs the command in this process, as `baton ingest` would, from `root` as the working folder. */
  async function ingest(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
    const stdout = collect();
    const stderr = collect();
    try {
      const code = await runIngest(args, { stdout: stdout.stream, stderr: stderr.stream, env: { MONGODB_URI: mongoUri, ...env }, cwd: root });
      return { code, stdout: stdout.text(), stderr: stderr.text() };
    } catch (error) {
      if (error instanceof CliError) return { code: 2, stdout: stdout.text(), stderr: `${stderr.text()}baton: ${error.message}\n` };
      throw error;
    }
  }

  const articlesUnder = (prefix: string) => db.articles.find({ workspaceId: WORKSPACE._id, sourcePath: { $regex: `^${prefix}` } }).toArray();

  test('a folder of good and bad files: good ones are stored, each bad one is named with its reason and nothing of it is written', async () => {
    const folder = join(root, 'help');
    await mkdir(join(folder, 'guides', 'billing'), { recursive: true });
    await writeFile(
      join(folder, 'reset-password.md'),
      article('Reset your password', 'Click **Forgot password?** on the sign-in page and follow the link we email you.'),
    );
    await writeFile(
      join(folder, 'guides', 'billing', 'invoices.md'),
      article('Download invoices', 'Invoices are under Settings, Billing. Each invoice is a PDF.'),
    );
    await writeFile(
      join(folder, 'export.html'),
      '<html><head><title>Export your data</title></head><body><main><h1>Export your data</h1><p>Open a dashboard and choose Export, then CSV.</p></main></body></html>',
    );
    await writeFile(join(folder, 'status.txt'), 'Service status\n\nCheck status.acme.example when the app seems slow or down.');
    await writeFile(join(folder, 'empty.md'), '   \n');
    await writeFile(join(folder, 'diagram.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    await writeFile(join(folder, 'huge.md'), Buffer.alloc(5 * 1024 * 1024 + 1, 'a'));
    await symlink(join(folder, 'deleted-long-ago.md'), join(folder, 'broken-link.md'));
    await writeFile(join(folder, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));

    const { code, stdout, stderr } = await ingest(['help', '--workspace', 'acme']);

    assert.equal(code, 1, 'some files were skipped');
    assert.match(stdout, /Ingested 8 files into workspace "acme"/);
    assert.match(stdout, /added +4\n/);
    assert.match(stdout, /updated +0\n/);
    assert.match(stdout, /unchanged +0\n/);
    assert.match(stdout, /removed +0\n/);
    assert.match(stdout, /skipped +4\n/);
    assert.match(stdout, /help\/empty\.md \(empty\): the file is empty/);
    assert.match(stdout, /help\/diagram\.md \(binary\): the file is not UTF-8 text/);
    assert.match(stdout, /help\/huge\.md \(over 5 MB\): the file is 5\.0 MB, over the 5 MB limit/);
    assert.match(stdout, /help\/broken-link\.md \(unreadable\): the file can't be read \(ENOENT\)/);
    assert.match(stdout, /1 other file in those folders .* left alone/);
    assert.match(stderr, /ingest: 8\/8 files \(100%\)/, 'a plain progress line when stderr is not a terminal');

    const stored = await articlesUnder('help/');
    assert.deepEqual(stored.map((doc) => doc.sourcePath).sort(), [
      'help/export.html',
      'help/guides/billing/invoices.md',
      'help/reset-password.md',
      'help/status.txt',
    ]);
    const chunks = await db.chunks.find({ workspaceId: WORKSPACE._id }).toArray();
    assert.deepEqual(new Set(chunks.map((chunk) => chunk.articleId)), new Set(stored.map((doc) => doc._id)), 'no chunk of a skipped file');
    const chunksLine = /chunks +(\d+) written, (\d+) in the knowledge base/.exec(stdout);
    assert.equal(Number(chunksLine?.[1]), chunks.length);
    assert.equal(Number(chunksLine?.[2]), chunks.length);
    assert.equal(stored.find((doc) => doc.sourcePath === 'help/export.html')?.title, 'Export your data');
    assert.equal(stored.find((doc) => doc.sourcePath === 'help/reset-password.md')?.url, 'https://help.acme.example/reset-your-password');
  });

  test('ingesting the same files again is a no-op', async () => {
    const versionBefore = (await db.workspaces.findOne({ _id: WORKSPACE._id }))?.knowledgeVersion;
    const articlesBefore = await articlesUnder('help/');

    const { code, stdout } = await ingest(['help', '--workspace', 'acme']);

    assert.equal(code, 1, 'the bad files are still bad');
    assert.match(stdout, /added +0\n +updated +0\n +unchanged +4\n/);
    assert.match(stdout, /chunks +0 written/);
    assert.equal((await db.workspaces.findOne({ _id: WORKSPACE._id }))?.knowledgeVersion, versionBefore, 'workers need not rebuild');
    assert.deepEqual(await articlesUnder('help/'), articlesBefore, 'same ids, same hashes, same timestamps');
  });

  test("a changed file replaces its article's chunks under the same article id", async () => {
    const [before] = await db.articles.find({ sourcePath: 'help/reset-password.md' }).toArray();
    await writeFile(
      join(root, 'help', 'reset-password.md'),
      article('Reset your password', 'Use the **Reset password** button in Settings, Security. The link expires after one hour.'),
    );

    const { stdout } = await ingest(['help/reset-password.md', '--workspace', 'acme']);

    assert.match(stdout, /added +0\n +updated +1\n +unchanged +0\n/);
    const [after] = await db.articles.find({ sourcePath: 'help/reset-password.md' }).toArray();
    assert.equal(after?._id, before?._id);
    assert.notEqual(after?.contentHash, before?.contentHash);
    const chunks = await db.chunks.find({ articleId: after!._id }).toArray();
    assert.ok(chunks.length > 0);
    assert.ok(
      chunks.every((chunk) => isCurrentChunk(chunk._id, chunk.articleId, after!.contentHash)),
      "only the new version's chunks are left",
    );
    assert.ok(chunks.some((chunk) => chunk.text.includes('expires after one hour')));
    assert.ok(!chunks.some((chunk) => chunk.text.includes('Forgot password')));
  });

  test('--prune removes articles whose files are gone, and only under the given paths', async () => {
    await mkdir(join(root, 'other'), { recursive: true });
    await writeFile(join(root, 'other', 'sso.md'), article('Single sign-on', 'Connect Okta under Settings, Security, SSO.'));
    await ingest(['other', '--workspace', 'acme']);
    await unlink(join(root, 'help', 'status.txt'));
    await writeFile(join(root, 'help', 'export.html'), ''); // still there, though broken: not "gone"
    const status = (await articlesUnder('help/status'))[0]!;

    const withoutPrune = await ingest(['help', '--workspace', 'acme']);
    assert.match(withoutPrune.stdout, /removed +0\n/);
    assert.equal((await articlesUnder('help/status')).length, 1, 'without --prune nothing is removed');

    const { stdout } = await ingest(['help', '--workspace', 'acme', '--prune']);

    assert.match(stdout, /removed +1\n/);
    assert.deepEqual(await articlesUnder('help/status'), []);
    assert.equal(await db.chunks.countDocuments({ articleId: status._id }), 0, 'its chunks are gone too');
    assert.equal((await articlesUnder('help/export')).length, 1, 'a file that is present but broken keeps its last good article');
    assert.equal((await articlesUnder('other/')).length, 1, 'articles from other folders are untouched');
  });

  test('an ingested article is what the answerer then answers from', async () => {
    const knowledge = new KnowledgeBase(db);
    const question = 'How do I turn on wombat mode?';
    assert.equal(answerOffline(question, await knowledge.retrieve(WORKSPACE._id, question)).abstain, true, 'nothing about wombats yet');
    await writeFile(
      join(root, 'other', 'wombat-mode.md'),
      article(
        'Turn on wombat mode',
        'Wombat mode makes every dashboard burrow-proof. To turn on wombat mode, open Settings, Labs and switch **Wombat mode** on.',
      ),
    );

    await ingest(['other/wombat-mode.md', '--workspace', 'acme']);

    const answer = answerOffline(question, await knowledge.retrieve(WORKSPACE._id, question));
    const stored = (await articlesUnder('other/wombat-mode'))[0]!;
    assert.equal(answer.abstain, false);
    assert.equal(answer.citations[0]?.articleId, stored._id, 'the same worker sees the new article: the ingest bumped the knowledge version');
    assert.equal(answer.citations[0]?.url, 'https://help.acme.example/turn-on-wombat-mode');
    assert.match(answer.answer, /Settings, Labs/);
  });

  test('a crash between writing the chunks and the article shows nothing half-written, and the next ingest completes it', async () => {
    const knowledge = new KnowledgeBase(db);
    const question = 'Can I pay with a llama?';
    const crashing: BatonDb = {
      ...db,
      articles: Object.create(db.articles, {
        insertMany: { value: async () => Promise.reject(new Error('the process died here')) },
        bulkWrite: { value: async () => Promise.reject(new Error('the process died here')) },
      }),
    };
    const llama = { title: 'Pay with a llama', url: null, tags: [], body: 'You can pay with a llama at our Lima office.', format: 'markdown' as const };
    await assert.rejects(upsertArticles(crashing, [{ workspaceId: WORKSPACE._id, articleId: 'a_llama', article: llama, sourcePath: null }]));
    assert.ok((await db.chunks.countDocuments({ articleId: 'a_llama' })) > 0, 'the chunks were written');

    assert.equal(
      answerOffline(question, await knowledge.retrieve(WORKSPACE._id, question)).abstain,
      true,
      'chunks without their article are never answered from',
    );

    const { stdout } = await ingest(['help', '--workspace', 'acme']);
    assert.match(stdout, /1 chunk left by an interrupted earlier run cleaned up/);
    assert.equal(await db.chunks.countDocuments({ articleId: 'a_llama' }), 0);

    await upsertArticles(db, [{ workspaceId: WORKSPACE._id, articleId: 'a_llama', article: llama, sourcePath: null }]);
    assert.equal(
      answerOffline(question, await knowledge.retrieve(WORKSPACE._id, question)).citations[0]?.articleId,
      'a_llama',
      'a complete write is answered from',
    );
  });

  test('with OPENAI_API_KEY, chunks are stored with embeddings and retrieval becomes hybrid', async () => {
    const server = await startFakeOpenAIServer({});
    try {
      await mkdir(join(root, 'embedded'), { recursive: true });
      for (let i = 0; i < 3; i++)
        await writeFile(join(root, 'embedded', `topic-${i}.md`), article(`Topic ${i}`, `Topic ${i} explains the quokka workflow, step ${i}.`));

      const { code, stdout } = await ingest(['embedded', '--workspace', 'acme'], { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: server.url });

      assert.equal(code, 0, stdout);
      assert.match(stdout, /\(with embeddings\)/);
      assert.match(stdout, /added +3\n/);
      const embeddingRequests = server.requests.filter((request) => request.path === '/v1/embeddings');
      assert.equal(embeddingRequests.length, 1, 'the batch is embedded in one request');
      assert.equal((embeddingRequests[0]?.body.input as string[]).length, 3);
      const ids = (await articlesUnder('embedded/')).map((doc) => doc._id);
      const chunks = await db.chunks.find({ articleId: { $in: ids } }).toArray();
      assert.ok(chunks.every((chunk) => Array.isArray(chunk.embedding) && chunk.embedding.length > 0));

      const knowledge = new KnowledgeBase(db);
      const model = { apiKey: 'sk-test', baseURL: server.url, model: 'gpt-4o-mini', maxRetries: 0 };
      const passages = await knowledge.retrieve(WORKSPACE._id, 'quokka workflow', { k: 3, model });
      assert.ok(passages.length > 0 && passages.every((passage) => passage.vectorScore !== undefined), 'vector scores take part');
      assert.deepEqual(server.requests.at(-1)?.body.input as string[], ['quokka workflow'], 'the question was embedded');
    } finally {
      await server.close();
    }
  });

  test('when embedding the question fails, retrieval falls back to lexical', async () => {
    const server = await startFakeOpenAIServer({ embeddings: [{ type: 'error', status: 500 }] });
    const logged: string[] = [];
    try {
      const knowledge = new KnowledgeBase(db, { log: (message) => logged.push(message) });
      const model = { apiKey: 'sk-test', baseURL: server.url, model: 'gpt-4o-mini', maxRetries: 0 };
      const passages = await knowledge.retrieve(WORKSPACE._id, 'quokka workflow', { k: 3, model });
      assert.ok(passages.length > 0);
      assert.ok(passages.every((passage) => passage.vectorScore === undefined));
      assert.match(logged.join('\n'), /retrieving lexically/);
    } finally {
      await server.close();
    }
  });

  test('when the embeddings endpoint fails during ingest, it stops with exit 2 and writes nothing of that batch', async () => {
    const server = await startFakeOpenAIServer({ embeddings: [{ type: 'error', status: 401, message: 'Incorrect API key provided' }] });
    try {
      await writeFile(join(root, 'embedded', 'topic-new.md'), article('Topic new', 'A brand new quokka topic.'));
      const { code, stderr } = await ingest(['embedded', '--workspace', 'acme'], { OPENAI_API_KEY: 'sk-wrong', OPENAI_BASE_URL: server.url });
      assert.equal(code, 2);
      assert.match(stderr, /Embedding the articles failed: .*Incorrect API key.*unset OPENAI_API_KEY to ingest without embeddings/s);
      assert.deepEqual(await articlesUnder('embedded/topic-new'), []);
    } finally {
      await server.close();
    }
  });

  test('a path that does not exist stops before anything is read or pruned', async () => {
    const { code, stderr } = await ingest(['help', 'hlep', '--prune', '--workspace', 'acme']);
    assert.equal(code, 2);
    assert.match(stderr, /This path does not exist: hlep\. Nothing was ingested\./);
  });

  test('a stopped database is named with the fix, and nothing is attempted', async () => {
    const { code, stderr } = await ingest(['help', '--workspace', 'acme'], { MONGODB_URI: '', BATON_FERRETDB_PORT: String(await findFreePort()) });
    assert.equal(code, 2);
    assert.match(stderr, /MongoDB is not running: nothing answers on 127\.0\.0\.1:\d+, .*Start it with `npm start` .*or set MONGODB_URI/);
  });

  test('the real command names an unknown workspace in a sentence and exits 2', async () => {
    const result = await execFileAsync(process.execPath, [join(PROJECT_ROOT, 'bin/baton.js'), 'ingest', 'help', '--workspace', 'globex'], {
      cwd: root,
      env: { ...process.env, MONGODB_URI: mongoUri },
    }).then(
      (ok) => ({ code: 0, ...ok }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    assert.equal(result.code, 2);
    assert.match(result.stderr, /^baton: There is no workspace "globex"\. Known workspace keys: acme; pass one with --workspace KEY\.$/m);
  });
});

function collect(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const parts: Buffer[] = [];
  stream.on('data', (part: Buffer) => parts.push(part));
  return { stream, text: () => Buffer.concat(parts).toString('utf8') };
}
