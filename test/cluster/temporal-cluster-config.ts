import { stringify } from 'yaml';

/** The ports one Temporal server process needs: each of its four services has a gRPC port and a membership (ringpop) port. */
export type TemporalClusterPorts = {
  frontend: number;
  frontendMembership: number;
  frontendHttp: number;
  history: number;
  historyMembership: number;
  matching: number;
  matchingMembership: number;
  worker: number;
  workerMembership: number;
};

export type TemporalClusterConfigOptions = {
  ports: TemporalClusterPorts;
  postgres: { host: string; port: number; user: string; password: string };
  /** Absolute path of the dynamic config file the server polls. */
  dynamicConfigFile: string;
  /** Fixed once the persistence is created: a cluster cannot change it later. */
  numHistoryShards: number;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
};

export const TEMPORAL_DATABASE = 'temporal';
export const TEMPORAL_VISIBILITY_DATABASE = 'temporal_visibility';
const CLUSTER_NAME = 'active';

/**
 * The static config of a single-binary Temporal server (all four services in one process) on
 * PostgreSQL, for persistence and visibility alike, in the shape of the server's own
 * config/development-postgres12.yaml: no metrics, no archival, no pprof.
 */
export function temporalClusterConfig(options: TemporalClusterConfigOptions): string {
  const { ports, postgres } = options;
  const datastore = (databaseName: string, maxConns: number) => ({
    sql: {
      pluginName: 'postgres12',
      databaseName,
      connectAddr: `${postgres.host}:${postgres.port}`,
      connectProtocol: 'tcp',
      user: postgres.user,
      password: postgres.password,
      maxConns,
      maxIdleConns: maxConns,
      maxConnLifetime: '1h',
    },
  });
  const service = (grpcPort: number, membershipPort: number, extra: Record<string, number> = {}) => ({
    rpc: { grpcPort, membershipPort, bindOnIP: '127.0.0.1', ...extra },
  });
  return stringify({
    log: { stdout: true, level: options.logLevel },
    persistence: {
      defaultStore: 'postgres-default',
      visibilityStore: 'postgres-visibility',
      numHistoryShards: options.numHistoryShards,
      datastores: {
        'postgres-default': datastore(TEMPORAL_DATABASE, 20),
        'postgres-visibility': datastore(TEMPORAL_VISIBILITY_DATABASE, 10),
      },
    },
    global: { membership: { maxJoinDuration: '30s', broadcastAddress: '127.0.0.1' } },
    services: {
      frontend: service(ports.frontend, ports.frontendMembership, { httpPort: ports.frontendHttp }),
      history: service(ports.history, ports.historyMembership),
      matching: service(ports.matching, ports.matchingMembership),
      worker: service(ports.worker, ports.workerMembership),
    },
    clusterMetadata: {
      enableGlobalNamespace: false,
      failoverVersionIncrement: 10,
      masterClusterName: CLUSTER_NAME,
      currentClusterName: CLUSTER_NAME,
      clusterInformation: {
        [CLUSTER_NAME]: { enabled: true, initialFailoverVersion: 1, rpcName: 'frontend', rpcAddress: `127.0.0.1:${ports.frontend}` },
      },
    },
    dcRedirectionPolicy: { policy: 'noop' },
    archival: { history: { state: 'disabled' }, visibility: { state: 'disabled' } },
    namespaceDefaults: { archival: { history: { state: 'disabled' }, visibility: { state: 'disabled' } } },
    dynamicConfigClient: { filepath: options.dynamicConfigFile, pollInterval: '10s' },
  });
}

/**
 * A dynamic config file: each key holds a list of values with optional constraints (namespace,
 * task queue); one unconstrained value applies everywhere. The dev server takes the same keys as
 * --dynamic-config-value flags, which a cluster has no equivalent of.
 */
export function temporalDynamicConfig(values: Record<string, string | number | boolean>): string {
  return stringify(Object.fromEntries(Object.entries(values).map(([key, value]) => [key, [{ value }]])));
}
