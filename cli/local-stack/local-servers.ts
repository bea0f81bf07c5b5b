import type { Settings } from '../../config/settings';
import { startFerretDb } from './ferretdb-server';
import { stopLeftoverServers } from './leftover-servers';
import type { ManagedProcess } from './managed-process';
import { provisionBinaries, type LocalBinary } from './provision';
import { startTemporalDevServer } from './temporal-dev-server';
import { applyLocalNamespaceRetention } from '../../server/namespace-retention';

export type LocalServers = {
  mongoUri: string;
  temporalAddress: string;
  /** Set when Baton runs the Temporal dev server with its Web UI. */
  temporalUiUrl: string | undefined;
  processes: ManagedProcess[];
  stop(): Promise<void>;
};

/**
 * Starts the local Temporal dev server and FerretDB unless settings point at
 * servers of the user's own (TEMPORAL_ADDRESS / MONGODB_URI), after stopping any that an
 * earlier start on the same data folder left running when it crashed.
 */
export async function startLocalServers(settings: Settings, options: { headless?: boolean } = {}): Promise<LocalServers> {
  const needed: LocalBinary[] = [];
  if (!settings.temporal.address) needed.push('temporal');
  if (!settings.mongo.uri) needed.push('ferretdb');
  const binaries = needed.length > 0 ? await provisionBinaries(needed) : undefined;

  const leftovers = await stopLeftoverServers(settings.dataDir);
  if (leftovers.length > 0) {
    const which = leftovers.map((server) => `${server.name} (pid ${server.pid})`).join(' and ');
    console.log(`baton: stopped ${which}, left running by an earlier baton start that did not shut down; starting afresh.`);
  }

  const processes: ManagedProcess[] = [];
  const stop = async () => {
    await Promise.all(processes.map((process) => process.stop()));
  };
  try {
    let temporalAddress = settings.temporal.address;
    let temporalUiUrl: string | undefined;
    if (!temporalAddress) {
      const { port, uiPort, dynamicConfig, sqlitePragmas } = settings.temporal.devServer;
      const ui = options.headless ? 0 : uiPort;
      processes.push(
        await startTemporalDevServer({
          binary: binaries!.temporal,
          dataDir: settings.dataDir,
          port,
          uiPort: ui,
          namespace: settings.temporal.namespace,
          dynamicConfig,
          sqlitePragmas,
        }),
      );
      temporalAddress = `127.0.0.1:${port}`;
      // The dev server creates the namespace keeping closed workflows 24 hours; the audit archive wants temporal.yaml's retention.
      await applyLocalNamespaceRetention(temporalAddress, settings.temporal.namespace, settings.audit.retentionDays);
      temporalUiUrl = ui === 0 ? undefined : `http://127.0.0.1:${ui}`;
    }
    let mongoUri = settings.mongo.uri;
    if (!mongoUri) {
      processes.push(await startFerretDb({ binary: binaries!.ferretdb, dataDir: settings.dataDir, port: settings.mongo.localPort }));
      mongoUri = `mongodb://127.0.0.1:${settings.mongo.localPort}/`;
    }
    return { mongoUri, temporalAddress, temporalUiUrl, processes, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
