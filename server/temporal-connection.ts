import { Client, Connection } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';

/** Connects the client (API, CLI) to Temporal, with a message naming the fix when it cannot. */
export async function connectTemporalClient(address: string, namespace: string): Promise<Client> {
  try {
    const connection = await Connection.connect({ address, connectTimeout: '10s' });
    return new Client({ connection, namespace });
  } catch (error) {
    throw new Error(`Cannot reach Temporal at ${address} (${(error as Error).message}). Check TEMPORAL_ADDRESS, or unset it to use the local dev server.`, {
      cause: error,
    });
  }
}

export async function connectTemporalWorker(address: string): Promise<NativeConnection> {
  try {
    return await NativeConnection.connect({ address });
  } catch (error) {
    throw new Error(`The worker cannot reach Temporal at ${address} (${(error as Error).message}). Check TEMPORAL_ADDRESS.`, { cause: error });
  }
}
