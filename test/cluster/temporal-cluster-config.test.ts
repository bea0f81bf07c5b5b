import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'yaml';
import { z } from 'zod';
import { temporalClusterConfig, temporalDynamicConfig } from './temporal-cluster-config';

const ports = {
  frontend: 17233,
  frontendMembership: 16933,
  frontendHttp: 17243,
  history: 17234,
  historyMembership: 16934,
  matching: 17235,
  matchingMembership: 16935,
  worker: 17239,
  workerMembership: 16939,
};
const Store = z.object({ sql: z.object({ pluginName: z.string(), databaseName: z.string(), connectAddr: z.string() }) });
const Rpc = z.object({ rpc: z.object({ grpcPort: z.number(), membershipPort: z.number(), bindOnIP: z.string() }) });
const Config = z.object({
  persistence: z.object({ defaultStore: z.string(), visibilityStore: z.string(), datastores: z.record(z.string(), Store) }),
  services: z.object({ frontend: Rpc, history: Rpc, matching: Rpc, worker: Rpc }),
  clusterMetadata: z.object({ currentClusterName: z.string(), clusterInformation: z.record(z.string(), z.object({ rpcAddress: z.string() })) }),
  dynamicConfigClient: z.object({ filepath: z.string() }),
});

test('the cluster config keeps history and visibility in their own PostgreSQL databases through the postgres12 plugin', () => {
  const config = Config.parse(
    parse(
      temporalClusterConfig({
        ports,
        postgres: { host: '127.0.0.1', port: 15432, user: 'postgres', password: '' },
        dynamicConfigFile: '/tmp/dc.yaml',
        numHistoryShards: 4,
        logLevel: 'warn',
      }),
    ),
  );
  const { datastores } = config.persistence;
  assert.equal(datastores[config.persistence.defaultStore]?.sql.databaseName, 'temporal');
  assert.equal(datastores[config.persistence.visibilityStore]?.sql.databaseName, 'temporal_visibility');
  for (const store of Object.values(datastores)) {
    assert.equal(store.sql.pluginName, 'postgres12');
    assert.equal(store.sql.connectAddr, '127.0.0.1:15432');
  }
  const used = Object.values(config.services).flatMap(({ rpc }) => [rpc.grpcPort, rpc.membershipPort]);
  assert.equal(new Set(used).size, 8, 'every service listens on ports of its own');
  assert.equal(config.clusterMetadata.clusterInformation[config.clusterMetadata.currentClusterName]?.rpcAddress, '127.0.0.1:17233');
  assert.equal(config.dynamicConfigClient.filepath, '/tmp/dc.yaml');
});

test('dynamic config gives each key one value that holds everywhere', () => {
  assert.deepEqual(parse(temporalDynamicConfig({ 'frontend.enableExecuteMultiOperation': true, 'limit.x': 5 })), {
    'frontend.enableExecuteMultiOperation': [{ value: true }],
    'limit.x': [{ value: 5 }],
  });
});
