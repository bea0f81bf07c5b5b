import { readFileSync } from 'node:fs';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import { temporalAuthOf, type TemporalAuth } from '../config/settings';
import { clientInterceptors } from './temporal-interceptors';

/** What the client and the worker connections share: TLS with a client certificate, an API key, or neither (a cluster on a private network). */
export type TemporalCredentials = { tls?: { clientCertPair: { crt: Buffer; key: Buffer } } | true; apiKey?: string };

/** PEM text is used as it is; anything else names the file that holds it (a mounted secret). */
function pem(value: string, name: string): Buffer {
  if (value.trimStart().startsWith('-----BEGIN')) return Buffer.from(value);
  try {
    return readFileSync(value);
  } catch (error) {
    throw new Error(
      `${name} names the file ${value}, which cannot be read (${(error as Error).message}); set it to the file's path or to the PEM text itself.`,
      {
        cause: error,
      },
    );
  }
}

/** Temporal Cloud accepts either credential; both turn TLS on, which a cluster asking for neither does not need. */
export function temporalCredentials(auth: TemporalAuth): TemporalCredentials {
  const credentials: TemporalCredentials = {};
  if (auth.tlsCert !== undefined && auth.tlsKey !== undefined) {
    credentials.tls = { clientCertPair: { crt: pem(auth.tlsCert, 'TEMPORAL_TLS_CERT'), key: pem(auth.tlsKey, 'TEMPORAL_TLS_KEY') } };
  }
  if (auth.apiKey !== undefined) {
    credentials.apiKey = auth.apiKey;
    credentials.tls ??= true;
  }
  return credentials;
}

/** Connects the client (API, CLI) to Temporal, with a message naming the fix when it cannot. */
export async function connectTemporalClient(address: string, namespace: string, auth: TemporalAuth = temporalAuthOf(process.env)): Promise<Client> {
  const credentials = temporalCredentials(auth);
  try {
    const connection = await Connection.connect({ address, connectTimeout: '10s', ...credentials });
    return new Client({ connection, namespace, interceptors: clientInterceptors() });
  } catch (error) {
    throw new Error(`Cannot reach Temporal at ${address} (${(error as Error).message}). Check TEMPORAL_ADDRESS, or unset it to use the local dev server.`, {
      cause: error,
    });
  }
}

export async function connectTemporalWorker(address: string, auth: TemporalAuth = temporalAuthOf(process.env)): Promise<NativeConnection> {
  const credentials = temporalCredentials(auth);
  try {
    return await NativeConnection.connect({ address, ...credentials });
  } catch (error) {
    throw new Error(`The worker cannot reach Temporal at ${address} (${(error as Error).message}). Check TEMPORAL_ADDRESS.`, { cause: error });
  }
}
