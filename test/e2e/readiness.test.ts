import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startBatonChildProcess, type BatonChildProcess } from '../../bench/stack/baton-child-process';
import { startFerretDb } from '../../cli/local-stack/ferretdb-server';
import { findFreePort, type ManagedProcess } from '../../cli/local-stack/managed-process';
import { startTemporalDevServer } from '../../cli/local-stack/temporal-dev-server';
import { testServers } from '../support/test-servers';
import { waitUntil } from '../support/wait-until';

/**
 * /healthz, /readyz and /metrics on `baton api` and `baton worker`, run as an operator runs them,
 * against a Temporal dev server and a FerretDB of this file's own, which it stops, freezes and
 * starts again to watch readiness follow.
 */

type Readiness = { status: number; failing: string[]; checks: { name: string; ok: boolean; latencyMs: number }[]; tookMs: number };

async function readiness(base: string): Promise<Readiness> {
  const started = performance.now();
  const response = await fetch(`${base}/readyz`, { signal: AbortSignal.timeout(5_000) });
  const body = (await response.json()) as { failing?: string[]; checks: Readiness['checks'] };
  return { status: response.status, failing: body.failing ?? [], checks: body.checks, tookMs: performance.now() - started };
}

describe('health, readiness and metrics endpoints', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'baton-readiness-'));
  let temporalPort: number;
  let ferretPort: number;
  let temporal: ManagedProcess;
  let ferretdb: ManagedProcess;
  let api: BatonChildProcess;
  let worker: BatonChildProcess;
  let apiBase: string;
  let workerBase: string;
  /** Every /readyz answer, to check none took longer than a probe allows. */
  const answerTimes: number[] = [];

  const startTemporal = () =>
    startTemporalDevServer({
      binary: testServers().temporalBinary,
      dataDir: join(dataDir, 'temporal'),
      port: temporalPort,
      uiPort: 0,
      namespace: 'default',
      dynamicConfig: {},
    });
  const startFerret = () => startFerretDb({ binary: testServers().ferretdbBinary, dataDir: join(dataDir, 'ferretdb'), port: ferretPort });

  /** Polls /readyz on both processes until `holds` is true of both; returns how long that took. */
  async function bothUntil(what: string, holds: (answer: Readiness) => boolean, timeoutMs: number): Promise<number> {
    const started = performance.now();
    await waitUntil(
      async () => {
        const answers = await Promise.all([readiness(apiBase), readiness(workerBase)]);
        answerTimes.push(...answers.map((answer) => answer.tookMs));
        return answers.every(holds);
      },
      what,
      timeoutMs,
    );
    return Math.round(performance.now() - started);
  }

  before(async () => {
    temporalPort = await findFreePort();
    ferretPort = await findFreePort();
    [temporal, ferretdb] = await Promise.all([startTemporal(), startFerret()]);
    const apiPort = await findFreePort();
    const workerPort = await findFreePort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'test',
      MONGODB_URI: `mongodb://127.0.0.1:${ferretPort}/readiness`,
      TEMPORAL_ADDRESS: `127.0.0.1:${temporalPort}`,
      BATON_TASK_QUEUE: 'baton-readiness',
      BATON_DATA_DIR: join(dataDir, 'baton'),
      BATON_SECRET: randomBytes(32).toString('hex'),
      PORT: String(apiPort),
      BATON_WORKER_HTTP_PORT: String(workerPort),
      OPENAI_API_KEY: '',
      REDIS_URL: '',
      BATON_ARCHIVE_EVERY_MINUTES: '0',
    };
    [worker, api] = await Promise.all([
      startBatonChildProcess({ role: 'worker', env, logFile: join(dataDir, 'logs', 'worker.log') }),
      startBatonChildProcess({ role: 'api', env, logFile: join(dataDir, 'logs', 'api.log') }),
    ]);
    apiBase = `http://127.0.0.1:${apiPort}`;
    workerBase = `http://127.0.0.1:${workerPort}`;
  });

  after(async () => {
    await Promise.all([api?.stop(), worker?.stop()]);
    await Promise.all([temporal?.stop(), ferretdb?.stop()]);
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('the API and the worker each answer /healthz, /readyz and /metrics with 200', async () => {
    for (const base of [apiBase, workerBase]) {
      const health = await fetch(`${base}/healthz`);
      assert.equal(health.status, 200, base);
      assert.deepEqual(await health.json(), { status: 'ok' });

      const ready = await readiness(base);
      assert.equal(ready.status, 200, `${base}: ${JSON.stringify(ready)}`);
      assert.ok(
        ready.checks.every((check) => check.ok && typeof check.latencyMs === 'number'),
        JSON.stringify(ready.checks),
      );

      const metrics = await fetch(`${base}/metrics`);
      assert.equal(metrics.status, 200, base);
      assert.match(metrics.headers.get('content-type') ?? '', /^text\/plain/);
      assert.match(await metrics.text(), /^# HELP /m);
    }
    assert.deepEqual((await readiness(apiBase)).checks.map((check) => check.name).sort(), ['mongodb', 'temporal']);
    assert.deepEqual((await readiness(workerBase)).checks.map((check) => check.name).sort(), ['mongodb', 'temporal', 'worker']);
  });

  test('readiness names mongodb within 5 s of FerretDB stopping, and is ready again once it is back', async (t) => {
    await ferretdb.stop();
    const down = await bothUntil('/readyz to name mongodb', (answer) => answer.status === 503 && answer.failing.includes('mongodb'), 5_000);
    ferretdb = await startFerret();
    const up = await bothUntil('/readyz to be ready again', (answer) => answer.status === 200, 30_000);
    t.diagnostic(`FerretDB stopped: 503 after ${down} ms; restarted: 200 after ${up} ms`);
  });

  test('a MongoDB that stops answering (a frozen process) still gets /readyz its 503 within 2 s', async (t) => {
    ferretdb.child.kill('SIGSTOP');
    try {
      const frozen = await readiness(apiBase);
      t.diagnostic(`API /readyz with FerretDB frozen answered ${frozen.status} in ${Math.round(frozen.tookMs)} ms`);
      assert.equal(frozen.status, 503);
      assert.deepEqual(frozen.failing, ['mongodb']);
      assert.ok(frozen.tookMs < 2_000, `took ${frozen.tookMs} ms`);
    } finally {
      ferretdb.child.kill('SIGCONT');
    }
    await bothUntil('/readyz to be ready once FerretDB runs again', (answer) => answer.status === 200, 30_000);
  });

  test('readiness names temporal within 5 s of the Temporal server stopping, and is ready again once it is back', async (t) => {
    await temporal.stop();
    const down = await bothUntil('/readyz to name temporal', (answer) => answer.status === 503 && answer.failing.includes('temporal'), 5_000);
    temporal = await startTemporal();
    const up = await bothUntil('/readyz to be ready again', (answer) => answer.status === 200, 60_000);
    t.diagnostic(`Temporal stopped: 503 after ${down} ms; restarted: 200 after ${up} ms`);
  });

  test('every /readyz answer came within 2 s, whatever was down', () => {
    assert.ok(answerTimes.length > 0);
    assert.ok(Math.max(...answerTimes) < 2_000, `slowest: ${Math.max(...answerTimes)} ms`);
  });
});
