import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { startManagedProcess, type ManagedProcess } from './managed-process';

/** A throwaway Redis on loopback (no persistence), for running several API instances locally. */
export async function startRedisServer(options: { binary: string; dataDir: string; port: number }): Promise<ManagedProcess> {
  mkdirSync(options.dataDir, { recursive: true });
  return startManagedProcess({
    name: 'Redis',
    command: options.binary,
    args: ['--bind', '127.0.0.1', '--port', String(options.port), '--save', '', '--appendonly', 'no', '--dir', options.dataDir],
    logFile: join(options.dataDir, 'redis.log'),
    readyPort: options.port,
  });
}
