import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, lstatSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import bcrypt from 'bcryptjs';
import { findFreePort } from '../../cli/local-stack/managed-process';
import { PROJECT_ROOT } from '../../cli/local-stack/provision';
import { createEventBus } from '../../server/event-bus';
import { createWorkspace } from '../../server/create-workspace';
import { DEMO_USERS, seedDemoUnlessProduction } from '../../server/seed-demo';
import { connectDatabase } from '../../store/database';
import { gql, gqlOk } from '../support/graphql-client';
import { testServers } from '../support/test-servers';
import { waitUntil } from '../support/wait-until';
import { ownStackEnv, startBaton, stopBaton } from '../support/baton-start-process';

const SECRET_SENTENCE = /In production \(NODE_ENV=production\) Baton needs BATON_SECRET.*`openssl rand -hex 32`/;
const ADMIN_PASSWORD = 'correct horse battery staple';

type Run = { code: number | null; stdout: string; stderr: string };
/** A CLI command here connects to one database at most: anything slower is stuck, and is killed with its output kept. */
const COMMAND_TIMEOUT_MS = 120_000;

/** Runs `node bin/baton.js ...` as an operator would, with `stdin` piped in when given. */
function baton(args: string[], env: NodeJS.ProcessEnv, stdin = ''): Promise<Run> {
  return new Promise((resolveRun) => {
    const child = spawn(process.execPath, ['bin/baton.js', ...args], { cwd: PROJECT_ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const killer = setTimeout(() => {
      stderr += `\n[test] baton ${args.join(' ')} was still running after ${COMMAND_TIMEOUT_MS / 1000} s; killed it`;
      child.kill('SIGKILL');
    }, COMMAND_TIMEOUT_MS);
    child.once('exit', (code) => {
      clearTimeout(killer);
      resolveRun({ code, stdout, stderr });
    });
    child.stdin.end(stdin);
  });
}

/** The environment of a production desk (or of its CLI) with nothing inherited that could change the outcome. */
function productionEnv(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...process.env, NODE_ENV: 'production', BATON_SECRET: '', MONGODB_URI: '', TEMPORAL_ADDRESS: '', REDIS_URL: '', OPENAI_API_KEY: '', ...extra };
}

/** Every file and folder under `root` whose mode lets the group or others in. */
function openToOthers(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((entry) => join(root, entry))
    .filter((path) => existsSync(path) && !lstatSync(path).isSymbolicLink() && (lstatSync(path).mode & 0o077) !== 0);
}

describe('production mode', () => {
  const scratch = mkdtempSync(join(testServers().dataDir, 'production-'));
  after(() => rmSync(scratch, { recursive: true, force: true }));

  test('baton start and baton api refuse to run without BATON_SECRET, naming it and how to make one, before starting anything', async () => {
    for (const command of ['start', 'api']) {
      const dataDir = join(scratch, `no-secret-${command}`);
      const env = productionEnv({
        BATON_DATA_DIR: dataDir,
        PORT: String(await findFreePort()),
        BATON_TEMPORAL_PORT: String(await findFreePort()),
        BATON_FERRETDB_PORT: String(await findFreePort()),
      });
      const run = await baton([command], env);
      assert.equal(run.code, 2, `baton ${command}: ${run.stdout}${run.stderr}`);
      assert.match(run.stderr, SECRET_SENTENCE);
      assert.equal(run.stderr.trim().split('\n').length, 1, 'one line, no stack trace');
      assert.doesNotMatch(run.stdout, /starting the local stack/);
      assert.equal(existsSync(dataDir), false, 'nothing was started, so nothing was written: no generated secret, no server files');
    }
  });

  test('the demo workspace and accounts are seeded in development and never in production', async () => {
    const db = await connectDatabase(testServers().mongoUri, `t_production_seed_${randomUUID().slice(0, 8)}`);
    try {
      assert.deepEqual(await seedDemoUnlessProduction(db, { production: true, demoPassword: 'baton-demo' }), { seeded: false });
      assert.equal(await db.users.countDocuments({}), 0);
      assert.equal(await db.workspaces.countDocuments({}), 0);
      const development = await seedDemoUnlessProduction(db, { production: false, demoPassword: 'baton-demo' });
      assert.equal(development.seeded, true);
      assert.equal(await db.users.countDocuments({ email: { $in: DEMO_USERS.map((user) => user.email) } }), DEMO_USERS.length);
    } finally {
      await db.db.dropDatabase();
      await db.close();
    }
  });

  test('baton start in production has no demo accounts, prints no password, keeps its data private, and baton admin create makes a working admin', async () => {
    const dataDir = join(scratch, 'desk');
    const { env, ports } = await ownStackEnv(dataDir, productionEnv({ BATON_SECRET: randomUUID() + randomUUID() }));
    const desk = await startBaton(env);
    const url = `http://localhost:${ports.api}/graphql`;
    try {
      const banner = desk.output();
      assert.match(banner, /Baton is running \(production\)/);
      assert.doesNotMatch(banner, /baton-demo|admin@baton\.test|password:/i, 'no demo account and no password in the banner');
      assert.doesNotMatch(banner, /GraphiQL/);
      assert.match(banner, /baton workspace create/);
      assert.match(banner, /baton admin create/);

      assert.equal((lstatSync(dataDir).mode & 0o777).toString(8), '700');
      assert.deepEqual(openToOthers(dataDir), [], 'the servers files (password hashes, transcripts) are the owner only');

      const demoLogin = await gql(url, 'mutation { login(email: "admin@baton.test", password: "baton-demo") { token } }');
      assert.equal(demoLogin.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
      const demoWidget = await gql(url, 'mutation { startWidgetSession(workspaceKey: "demo") { token } }');
      assert.ok(demoWidget.errors?.length, 'there is no demo workspace');

      const cli = { ...env, BATON_SECRET: '' }; // the CLI signs nothing, so it runs without the secret
      const workspace = await baton(['workspace', 'create', 'acme', '--name', 'Acme Inc', '--origin', 'https://www.acme.example/'], cli);
      assert.equal(workspace.code, 0, workspace.stderr);
      assert.match(
        workspace.stdout,
        /Created workspace acme \(Acme Inc\) with the default flow as version 1\. The widget may be embedded on https:\/\/www\.acme\.example\./,
      );
      const again = await baton(['workspace', 'create', 'acme', '--name', 'Acme again'], cli);
      assert.equal(again.code, 2);
      assert.match(again.stderr, /^baton: A workspace with the key "acme" already exists; choose another key\.\n$/);

      const tooShort = await baton(['admin', 'create', '--email', 'ada@acme.example', '--name', 'Ada', '--password-stdin'], cli, 'short-pass\n');
      assert.equal(tooShort.code, 2);
      assert.match(tooShort.stderr, /at least 12 characters/);

      const admin = await baton(
        ['admin', 'create', '--email', 'Ada@Acme.example', '--name', 'Ada Lovelace', '--workspace', 'acme', '--password-stdin'],
        cli,
        `${ADMIN_PASSWORD}\n`,
      );
      assert.equal(admin.code, 0, admin.stderr);
      assert.match(admin.stdout, /Created admin ada@acme\.example \(Ada Lovelace\) in workspace acme/);
      assert.ok(!`${admin.stdout}${admin.stderr}`.includes(ADMIN_PASSWORD), 'the password is never printed');
      const taken = await baton(['admin', 'create', '--email', 'ada@acme.example', '--name', 'Ada', '--password-stdin'], cli, `${ADMIN_PASSWORD}\n`);
      assert.equal(taken.code, 2);
      assert.match(taken.stderr, /already exists/);

      const { login } = await gqlOk<{ login: { token: string } }>(
        url,
        'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
        {
          email: 'ada@acme.example',
          password: ADMIN_PASSWORD,
        },
      );
      const me = await gqlOk<{ me: { name: string; role: string }; workspace: { key: string; publishedFlowVersion: number } }>(
        url,
        'query { me { name role } workspace { key publishedFlowVersion } }',
        {},
        login.token,
      );
      assert.deepEqual(me, { me: { name: 'Ada Lovelace', role: 'ADMIN' }, workspace: { key: 'acme', publishedFlowVersion: 1 } });
      const widget = await gqlOk<{ startWidgetSession: { token: string } }>(url, 'mutation { startWidgetSession(workspaceKey: "acme") { token } }');
      assert.ok(widget.startWidgetSession.token);
    } finally {
      assert.equal(await stopBaton(desk), 0, desk.output());
    }
  });

  test('baton admin create asks for the password twice on a terminal and never echoes it', async () => {
    const database = `t_production_tty_${randomUUID().slice(0, 8)}`;
    const databaseUri = `${testServers().mongoUri}${database}`;
    const db = await connectDatabase(databaseUri, database);
    try {
      assert.equal((await createWorkspace(db, { key: 'tty-desk', name: 'TTY desk' })).ok, true);
      const env = productionEnv({ MONGODB_URI: databaseUri, BATON_DATA_DIR: join(scratch, 'tty') });
      // `script` gives the command a real terminal, as an operator's shell would.
      const command = ['node', 'bin/baton.js', 'admin', 'create', '--email', 'bo@tty.example', '--name', 'Bo'].join(' ');
      const terminal = spawn('script', ['-qfec', command, '/dev/null'], { cwd: PROJECT_ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
      let screen = '';
      terminal.stdout.on('data', (chunk) => (screen += chunk));
      terminal.stderr.on('data', (chunk) => (screen += chunk));
      const exited = new Promise<number | null>((resolveExit) => terminal.once('exit', (code) => resolveExit(code)));
      const killer = setTimeout(() => terminal.kill('SIGKILL'), COMMAND_TIMEOUT_MS);
      terminal.once('exit', () => clearTimeout(killer));
      await waitUntil(async () => screen.includes('Password for the new admin'), 'the first password prompt');
      terminal.stdin.write(`${ADMIN_PASSWORD}\r`);
      await waitUntil(async () => screen.includes('The same password again'), 'the second password prompt');
      terminal.stdin.write(`${ADMIN_PASSWORD}\r`);
      assert.equal(await exited, 0, screen);
      terminal.stdin.end();
      assert.match(screen, /Created admin bo@tty\.example/);
      assert.ok(!screen.includes('correct horse'), `the terminal never shows the password:\n${screen}`);
      const user = await db.users.findOne({ email: 'bo@tty.example' });
      assert.equal(user?.role, 'admin');
      assert.equal(await bcrypt.compare(ADMIN_PASSWORD, user!.passwordHash), true);
    } finally {
      await db.db.dropDatabase();
      await db.close();
    }
  });

  test('bad options exit 2 with one sentence and the usage; a missing database exits 1; neither prints a stack trace', async () => {
    const env = productionEnv({ BATON_DATA_DIR: join(scratch, 'usage'), BATON_FERRETDB_PORT: String(await findFreePort()) });
    const cases: { args: string[]; code: number; says: RegExp }[] = [
      { args: ['workspace', 'create', 'Acme_Inc', '--name', 'Acme'], code: 2, says: /^baton: The workspace key is 2-64 lowercase letters/ },
      {
        args: ['workspace', 'create', 'acme', '--name', 'Acme', '--origin', '*'],
        code: 2,
        says: /^baton: Each --origin is a site origin such as https:\/\/www\.example\.com/,
      },
      { args: ['workspace', 'create', 'acme', '--nmae', 'Acme'], code: 2, says: /^baton: Unknown option '--nmae'\.\nbaton workspace create KEY/ },
      { args: ['admin', 'create', '--email', 'a@b.example'], code: 2, says: /^baton: admin create needs --name\.\nbaton admin create --email/ },
      { args: ['admin', 'create', '--email', 'a@b.example', '--name', 'A'], code: 2, says: /^baton: Standard input is not a terminal.*--password-stdin/ },
      { args: ['admin', 'create', '--email', 'a@b.example', '--name', 'A', '--password-stdin'], code: 1, says: /^baton: MongoDB is not running/ },
    ];
    for (const { args, code, says } of cases) {
      // No database runs on BATON_FERRETDB_PORT: bad input is refused before connecting.
      const run = await baton(args, env, 'a-long-enough-password\n');
      assert.equal(run.code, code, `${args.join(' ')}: ${run.stderr}`);
      assert.match(run.stderr, says, args.join(' '));
      assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
    }
    // A driver error about a URI with credentials: the message names the URI, never its password.
    const closedPort = await findFreePort();
    const withCredentials = { ...env, MONGODB_URI: `mongodb://ada:mongo-pass-123@127.0.0.1:${closedPort}/baton` };
    const refused = await baton(['admin', 'create', '--email', 'a@b.example', '--name', 'A', '--password-stdin'], withCredentials, 'a-long-enough-password\n');
    assert.equal(refused.code, 1, refused.stderr);
    assert.match(refused.stderr, new RegExp(`^baton: Cannot reach MongoDB at mongodb://\\*\\*\\*@127\\.0\\.0\\.1:${closedPort}/baton `));
    assert.ok(!refused.stderr.includes('mongo-pass-123'), refused.stderr);
  });

  test('a Redis connection error never prints the password in REDIS_URL', async () => {
    const port = await findFreePort();
    await assert.rejects(createEventBus(`redis://:redis-pass-123@127.0.0.1:${port}`), (error: Error) => {
      assert.match(error.message, new RegExp(`Cannot reach Redis at redis://\\*\\*\\*@127\\.0\\.0\\.1:${port}`));
      assert.ok(!error.message.includes('redis-pass-123'));
      return true;
    });
  });
});
