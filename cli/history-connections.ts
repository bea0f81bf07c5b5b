/** The connections of the commands that read conversation histories: the database always, Temporal when it answers. */
import type { Client } from '@temporalio/client';
import type { Settings } from '../config/settings';
import { connectDatabase, type BatonDb } from '../store/database';
import { CliError, connectCliTemporal } from './cli-connections';

/** The database a CLI command reads: MONGODB_URI, or the local FerretDB `baton start` runs. */
export function connectCliDatabase(settings: Settings): Promise<BatonDb> {
  return connectDatabase(settings.mongo.uri ?? `mongodb://127.0.0.1:${settings.mongo.localPort}/`, settings.mongo.database).catch((error: Error) => {
    throw new CliError(`${error.message} Is \`baton start\` running?`);
  });
}

/** Temporal for a command that can do without it (the audit archive still answers); says so on stderr when it is not there. */
export async function connectOptionalTemporal(settings: Settings, command: string): Promise<Client | null> {
  return connectCliTemporal(settings).catch((error: Error) => {
    console.error(`baton ${command}: ${error.message} Reading the audit archive only.`);
    return null;
  });
}
