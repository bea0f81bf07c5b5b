/**
 * The whole test suite, on the real servers: type-check, provision everything the chosen tests
 * need (Temporal CLI, FerretDB, Redis, Chromium), start Temporal and FerretDB on free ports in a temporary folder, run
 * every *.test.ts with Node's test runner against them, stop them.
 * Usage: npm test [-- [--no-typecheck] path/to/file.test.ts ...] (--no-typecheck also skips ESLint and Prettier's check)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { startFerretDb } from '../cli/local-stack/ferretdb-server';
import { loadSettings } from '../config/settings';
import { findFreePort, type ManagedProcess } from '../cli/local-stack/managed-process';
import { PROJECT_ROOT, provisionBinaries } from '../cli/local-stack/provision';
import { startTemporalDevServer } from '../cli/local-stack/temporal-dev-server';
import { prepareBrowserTests } from '../test/browser/support/prepare-browser-tests';

/** Test files that start Redis (several API instances sharing events; the bench's stack). */
const NEEDS_REDIS = ['test/api/redis-scale-out', 'test/bench/', 'test/e2e/graceful-shutdown'];
/** Test files that send their traces to Jaeger (scripts/provision.sh jaeger puts it in .baton/bin). */
const NEEDS_JAEGER = ['test/e2e/traces'];
/** Test files that lint the Dockerfile with hadolint (scripts/provision.sh hadolint puts it in .baton/bin). */
const NEEDS_HADOLINT = ['test/deploy/'];

/**
 * Node's test runner bounds each test file, and each test in it, by this. The longest file takes
 * under 2 minutes; a test stuck on a process or a socket then fails by name and the run goes on,
 * where without a bound it would hold the whole run until CI's deadline and print nothing after it.
 * --test-force-exit ends a file's process once its tests are done, whatever handles a stuck one left.
 */
const FILE_TIMEOUT_MS = 10 * 60_000;

const SKIP_DIRS = new Set(['node_modules', '.baton', '.git', 'data', 'dist', 'test-artifacts']);

function findTestFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (SKIP_DIRS.has(name)) return [];
    if (statSync(path).isDirectory()) return findTestFiles(path);
    return name.endsWith('.test.ts') ? [relative(PROJECT_ROOT, path)] : [];
  });
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolveRun) => {
    const child = spawn(command, args, { cwd: PROJECT_ROOT, stdio: 'inherit', env });
    child.once('exit', (code, signal) => resolveRun(code ?? (signal ? 1 : 0)));
  });
}

async function main(): Promise<number> {
  const started = Date.now();
  const args = process.argv.slice(2);
  const typecheck = !args.includes('--no-typecheck');
  const named = args.filter((arg) => !arg.startsWith('--'));
  if (typecheck) {
    console.log('== type-check');
    if ((await run('npx', ['tsc', '-p', 'tsconfig.json'])) !== 0) return 1;
    console.log('== lint (ESLint) and format (Prettier; `npx prettier --write .` fixes it)');
    if ((await run('npx', ['eslint', '.'])) !== 0) return 1;
    if ((await run('npx', ['prettier', '--check', '--log-level', 'warn', '.'])) !== 0) return 1;
  }

  const files = named.length > 0 ? named : findTestFiles(PROJECT_ROOT).sort();
  // Everything the chosen tests need is installed here, once, before any of them starts: two test
  // files installing the same package side by side would fail on the package manager's lock.
  console.log('== provision and start the real servers');
  const browser = files.some((file) => file.includes('test/browser'));
  const needsRedis = files.some((file) => NEEDS_REDIS.some((name) => file.includes(name)));
  const binaries = await provisionBinaries(['temporal', 'ferretdb', ...(needsRedis ? ['redis' as const] : []), ...(browser ? ['chromium' as const] : [])]);
  if (browser) await prepareBrowserTests();
  if (files.some((file) => NEEDS_JAEGER.some((name) => file.includes(name)))) {
    if ((await run('bash', ['scripts/provision.sh', 'jaeger'])) !== 0) return 1;
  }
  if (files.some((file) => NEEDS_HADOLINT.some((name) => file.includes(name)))) {
    if ((await run('bash', ['scripts/provision.sh', 'hadolint'])) !== 0) return 1;
  }

  const { devServer } = loadSettings({}, PROJECT_ROOT).temporal;
  const dataDir = mkdtempSync(join(tmpdir(), 'baton-test-'));
  const servers: ManagedProcess[] = [];
  try {
    const temporalPort = await findFreePort();
    servers.push(
      await startTemporalDevServer({
        binary: binaries.temporal,
        dataDir: join(dataDir, 'temporal'),
        port: temporalPort,
        uiPort: 0,
        namespace: 'default',
        // The settings users run on (temporal.yaml), and one of the tests' own.
        dynamicConfig: {
          ...devServer.dynamicConfig,
          // Low, so the continue-as-new tests reach it in a few dozen events.
          'limit.historyCount.suggestContinueAsNew': 100,
        },
        sqlitePragmas: devServer.sqlitePragmas,
      }),
    );
    const ferretPort = await findFreePort();
    servers.push(await startFerretDb({ binary: binaries.ferretdb, dataDir: join(dataDir, 'ferretdb'), port: ferretPort }));

    console.log(`== ${files.length} test files (servers up in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'test',
      BATON_TEST_TEMPORAL_ADDRESS: `127.0.0.1:${temporalPort}`,
      BATON_TEST_MONGODB_URI: `mongodb://127.0.0.1:${ferretPort}/`,
      BATON_TEST_TEMPORAL_BINARY: binaries.temporal,
      BATON_TEST_FERRETDB_BINARY: binaries.ferretdb,
      BATON_TEST_DATA_DIR: dataDir,
    };
    const code = await run(
      process.execPath,
      ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=2', `--test-timeout=${FILE_TIMEOUT_MS}`, '--test-force-exit', ...files],
      env,
    );
    console.log(`== done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return code;
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

process.exitCode = await main();
