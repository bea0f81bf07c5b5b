/**
 * Baton against a real Temporal cluster: the Temporal server (all services in one binary) on
 * PostgreSQL for persistence and visibility, FerretDB, Redis, two `baton worker` and two
 * `baton api` processes. Under steady widget load spread over both APIs it kills -9 one worker,
 * one API and the Temporal server, restarting each, then checks every conversation (nothing lost,
 * nothing duplicated, each in its expected state, every widget caught up). The same drill then
 * runs against the Temporal dev server, and a table puts the two side by side.
 * Usage: npm run test:cluster [-- --customers N --steady SECONDS --patience SECONDS --cluster-only]
 * Exits non-zero when either run loses, duplicates or misplaces anything.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { runDrill } from '../bench/drill/run-drill';
import { benchOptionsFrom, type BenchOptions } from '../bench/bench-options';
import type { StackComponentName } from '../bench/stack/stack-component';
import { findFreePort, type ManagedProcess } from '../cli/local-stack/managed-process';
import { PROJECT_ROOT, provisionBinaries, LOCAL_BIN } from '../cli/local-stack/provision';
import { startTemporalDevServer } from '../cli/local-stack/temporal-dev-server';
import { loadSettings } from '../config/settings';
import { formatClusterComparison, type ComparedRun } from '../test/cluster/cluster-comparison-report';
import { startPostgresServer } from '../test/cluster/postgres-server';
import { startScaledStack, type TemporalUnderTest } from '../test/cluster/scaled-stack';
import { prepareTemporalCluster, registerNamespace } from '../test/cluster/temporal-cluster';

/** The stateless tiers, then the Temporal server: the stores other than Temporal's are the bench drill's business. */
const FAULTS: StackComponentName[] = ['worker', 'api', 'temporal'];
const WORKERS = 2;
const APIS = 2;

const Flags = z.object({
  customers: z.coerce.number().int().positive().default(10),
  steady: z.coerce.number().int().positive().default(5),
  patience: z.coerce.number().int().positive().default(90),
  clusterOnly: z.boolean().default(false),
});

async function main(): Promise<number> {
  const began = performance.now();
  const { values } = parseArgs({
    options: { customers: { type: 'string' }, steady: { type: 'string' }, patience: { type: 'string' }, 'cluster-only': { type: 'boolean' } },
  });
  const flags = Flags.parse({ ...values, clusterOnly: values['cluster-only'] });
  const log = (line: string) => console.log(line);
  const defaults = loadSettings({}, PROJECT_ROOT);
  const namespace = defaults.temporal.namespace;
  const dynamicConfig = defaults.temporal.devServer.dynamicConfig;

  log('cluster test: provisioning (the first run builds the Temporal server; later runs find it built)...');
  const binaries = await provisionBinaries(['temporal', 'ferretdb', 'redis', 'temporal-server', 'postgres']);
  log(`cluster test: provisioned in ${((performance.now() - began) / 1000).toFixed(1)} s`);

  // The bench drill's short run, with this test's load.
  const drillOptions: BenchOptions = {
    ...benchOptionsFrom({ quick: true, drill: true }),
    drillCustomers: flags.customers,
    drillSteadySeconds: flags.steady,
    drillPatienceSeconds: flags.patience,
  };

  const runs: ComparedRun[] = [];
  const run = async (label: string, temporal: TemporalUnderTest, setupSeconds: number): Promise<void> => {
    const stackStarted = performance.now();
    const stack = await startScaledStack({ temporal, binaries, workers: WORKERS, apis: APIS, log });
    const stackUpSeconds = (performance.now() - stackStarted) / 1000;
    let passed = false;
    try {
      const report = await Promise.race([runDrill(stack, drillOptions, log, { graphqlUrls: stack.graphqlUrls, faultOrder: FAULTS }), stack.unexpectedExit]);
      runs.push({ label, setupSeconds, stackUpSeconds, report });
      passed = report.passed;
    } finally {
      await stack.stop({ keepData: !passed });
    }
  };

  // The cluster: PostgreSQL, the schemas, the server's config, the server, the namespace.
  const clusterDir = mkdtempSync(join(tmpdir(), 'baton-cluster-'));
  // PostgreSQL runs as its own user (see postgres-server.ts), which must reach its data folder inside this one.
  chmodSync(clusterDir, 0o755);
  let postgres: ManagedProcess | undefined;
  let clusterPassed = false;
  try {
    const setupStarted = performance.now();
    const postgresPort = await findFreePort();
    postgres = await startPostgresServer({ binDir: binaries.postgres, dataDir: join(clusterDir, 'postgres'), port: postgresPort });
    const cluster = await prepareTemporalCluster({
      binaries: { server: binaries['temporal-server'], sqlTool: join(LOCAL_BIN, 'temporal-sql-tool') },
      postgresPort,
      dataDir: join(clusterDir, 'temporal'),
      dynamicConfig,
    });
    const setupSeconds = (performance.now() - setupStarted) / 1000;
    log(`cluster test: PostgreSQL up and Temporal schemas set up in ${setupSeconds.toFixed(1)} s (config in ${cluster.configDir})`);
    await run(
      'Temporal server on PostgreSQL',
      {
        label: 'Temporal server',
        address: cluster.address,
        namespace,
        start: cluster.start,
        afterFirstStart: () =>
          registerNamespace({ temporalCli: binaries.temporal, address: cluster.address, namespace, retentionDays: defaults.audit.retentionDays }),
      },
      setupSeconds,
    );
    clusterPassed = runs.at(-1)?.report.passed ?? false;
  } finally {
    await postgres?.stop();
    if (clusterPassed) rmSync(clusterDir, { recursive: true, force: true });
    else log(`cluster test: the cluster's data and logs are kept in ${clusterDir}`);
  }

  if (!flags.clusterOnly) {
    const devDir = mkdtempSync(join(tmpdir(), 'baton-devserver-'));
    const port = await findFreePort();
    try {
      await run(
        'Temporal dev server (SQLite)',
        {
          label: 'Temporal dev server',
          address: `127.0.0.1:${port}`,
          namespace,
          start: () =>
            startTemporalDevServer({
              binary: binaries.temporal,
              dataDir: devDir,
              port,
              uiPort: 0,
              namespace,
              dynamicConfig,
              sqlitePragmas: defaults.temporal.devServer.sqlitePragmas,
            }),
        },
        0,
      );
    } finally {
      rmSync(devDir, { recursive: true, force: true });
    }
  }

  log('');
  log(`Baton on a Temporal cluster vs the dev server · ${WORKERS} workers, ${APIS} APIs · ${flags.customers} customers · kill -9 ${FAULTS.join(', ')}`);
  log(formatClusterComparison(runs));
  const passed = runs.length === (flags.clusterOnly ? 1 : 2) && runs.every((compared) => compared.report.passed);
  log('');
  log(`cluster test ${passed ? 'passed' : 'FAILED'} in ${((performance.now() - began) / 1000).toFixed(0)} s`);
  return passed ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`cluster test: ${error.stack ?? error.message}`);
    process.exit(1);
  },
);
