import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { PROJECT_ROOT } from '../../cli/local-stack/provision';

type Run = { code: number | null; stdout: string; stderr: string };

/** Every command and subcommand, with one option its help must list. */
const COMMANDS: { command: string[]; lists: string }[] = [
  { command: ['start'], lists: '--help' },
  { command: ['api'], lists: '--help' },
  { command: ['worker'], lists: '--help' },
  { command: ['ingest'], lists: '--workspace <key>' },
  { command: ['backtest'], lists: '--flow <file>' },
  { command: ['export'], lists: '--for-customer' },
  { command: ['history'], lists: '--export <file>' },
  { command: ['replay'], lists: '--all' },
  { command: ['bench'], lists: '--drill' },
  { command: ['workspace'], lists: 'create' },
  { command: ['workspace', 'create'], lists: '--origin <url>' },
  { command: ['admin'], lists: 'create' },
  { command: ['admin', 'create'], lists: '--password-stdin' },
];

const scratch = mkdtempSync(join(tmpdir(), 'baton-cli-help-'));

/**
 * A production environment with no secret and no database: were a command to get past its
 * options by mistake, it would stop at once on a refusal instead of starting servers.
 */
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  BATON_SECRET: '',
  BATON_DATA_DIR: join(scratch, 'data'),
  MONGODB_URI: 'mongodb://127.0.0.1:9/baton',
  TEMPORAL_ADDRESS: '127.0.0.1:9',
  REDIS_URL: '',
  OPENAI_API_KEY: '',
};

/** Runs `node bin/baton.js ...` as an operator would; killed after a minute so a regression cannot hang the suite. */
function baton(args: string[]): Promise<Run> {
  return new Promise((resolveRun) => {
    execFile(process.execPath, ['bin/baton.js', ...args], { cwd: PROJECT_ROOT, env, timeout: 60_000 }, (error, stdout, stderr) =>
      resolveRun({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }),
    );
  });
}

const noStackTrace = (output: string) => assert.doesNotMatch(output, /^ {4}at /m, `no stack trace:\n${output}`);

describe('baton on the command line', () => {
  after(() => rmSync(scratch, { recursive: true, force: true }));

  for (const { command, lists } of COMMANDS) {
    const name = command.join(' ');

    test(`baton ${name} --help prints its usage, options and exit codes and exits 0`, async () => {
      const run = await baton([...command, '--help']);
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, new RegExp(`^Usage: baton ${name} `));
      assert.ok(run.stdout.includes(lists), `lists ${lists}:\n${run.stdout}`);
      assert.match(run.stdout, /\nExit codes:\n {2}0 /);
      assert.match(run.stdout, /\n {2}2 {3}/, 'says what exit code 2 means');
      assert.equal(run.stderr, '');
    });

    test(`baton ${name} with an unknown option prints one sentence and the usage, and exits 2`, async () => {
      const run = await baton([...command, '--no-such-option']);
      assert.equal(run.code, 2, run.stdout + run.stderr);
      const [sentence, usage] = run.stderr.split('\n');
      assert.equal(sentence, "baton: Unknown option '--no-such-option'.");
      assert.match(usage!, new RegExp(`^baton ${name} `));
      assert.match(run.stderr, /\nExit codes:\n/);
      noStackTrace(run.stderr);
      assert.equal(run.stdout, '');
    });
  }

  test('baton --version prints the version in package.json', async () => {
    const { version } = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string };
    const run = await baton(['--version']);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, `${version}\n`);
  });

  test('baton --help lists every command; baton alone prints the same and exits 0', async () => {
    const help = await baton(['--help']);
    assert.equal(help.code, 0, help.stderr);
    for (const [command] of COMMANDS.map((entry) => entry.command)) assert.match(help.stdout, new RegExp(`\\n {2}${command} `), `lists ${command}`);
    assert.match(help.stdout, /\nExit codes:\n/);
    const bare = await baton([]);
    assert.equal(bare.code, 0, bare.stderr);
    assert.equal(bare.stdout, help.stdout);
  });

  test('an unknown command, a missing argument or a bad value is one sentence and the usage, exit 2', async () => {
    const cases: { args: string[]; says: RegExp }[] = [
      { args: ['frobnicate'], says: /^baton: Unknown command 'frobnicate'\.\nbaton </ },
      { args: ['history'], says: /^baton: Missing required argument 'conversationId'\.\nbaton history / },
      { args: ['history', 'c1', 'c2'], says: /^baton: history takes 1 argument \(got 2\)\.\nbaton history / },
      { args: ['start', 'now'], says: /^baton: start takes no arguments \(got now\); configure it with environment variables\.\nbaton start / },
      { args: ['export', 'c1', '--format', 'pdf'], says: /^baton: --format is text or json \(got pdf\)\.\nbaton export / },
      { args: ['bench', '--duration', 'soon'], says: /^baton: --duration must be a number\.\nbaton bench / },
      { args: ['replay'], says: /^baton: Name the conversations to replay, or pass --all\.\nbaton replay / },
      { args: ['admin', 'promote'], says: /^baton: Unknown command 'promote'\.\nbaton admin / },
    ];
    for (const { args, says } of cases) {
      const run = await baton(args);
      assert.equal(run.code, 2, `${args.join(' ')}: ${run.stderr}`);
      assert.match(run.stderr, says, args.join(' '));
      noStackTrace(run.stderr);
    }
  });
});
