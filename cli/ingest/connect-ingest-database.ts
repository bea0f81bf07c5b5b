import { connect } from 'node:net';
import { redactUrlCredentials } from '../../config/redact';
import type { Settings } from '../../config/settings';
import { connectDatabase, type BatonDb } from '../../store/database';
import { CliError } from '../cli-connections';

/**
 * MONGODB_URI, or the local FerretDB that `baton start` runs (as `baton worker` does). The
 * local port is probed first, so "not running" is reported at once, with the fix, instead
 * of after the driver's ten-second server selection timeout.
 */
export async function connectIngestDatabase(settings: Settings): Promise<BatonDb> {
  if (!settings.mongo.uri) {
    const port = settings.mongo.localPort;
    if (!(await acceptsConnections('127.0.0.1', port))) {
      throw new CliError(
        `MongoDB is not running: nothing answers on 127.0.0.1:${port}, where \`baton start\` runs FerretDB. ` +
          'Start it with `npm start` (in another terminal) or set MONGODB_URI to your MongoDB.',
      );
    }
  }
  const uri = settings.mongo.uri ?? `mongodb://127.0.0.1:${settings.mongo.localPort}/`;
  try {
    return await connectDatabase(uri, settings.mongo.database);
  } catch (error) {
    throw new CliError(redactUrlCredentials(`${(error as Error).message} Start the local one with \`npm start\`, or fix MONGODB_URI.`));
  }
}

function acceptsConnections(host: string, port: number): Promise<boolean> {
  return new Promise((resolveProbe) => {
    const socket = connect({ host, port });
    const done = (open: boolean) => {
      socket.destroy();
      resolveProbe(open);
    };
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.setTimeout(2_000, () => done(false));
  });
}
