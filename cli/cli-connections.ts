import type { Client } from '@temporalio/client';
import { redactUrlCredentials } from '../config/redact';
import type { Settings } from '../config/settings';
import { connectTemporalClient } from '../server/temporal-connection';
import { CliError } from './cli-error';

export { CliError };

/** The Temporal address a CLI command talks to: TEMPORAL_ADDRESS, or the local dev server `baton start` runs. */
export function temporalAddressOf(settings: Settings): string {
  return settings.temporal.address ?? `127.0.0.1:${settings.temporal.devServer.port}`;
}

export function connectCliTemporal(settings: Settings): Promise<Client> {
  return connectTemporalClient(temporalAddressOf(settings), settings.temporal.namespace).catch((error: Error) => {
    throw new CliError(redactUrlCredentials(`${error.message} Is \`baton start\` running?`));
  });
}
