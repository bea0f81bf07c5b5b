import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The key that signs tokens: BATON_SECRET when set (every API instance must share it),
 * otherwise one generated once and kept in the data folder so sessions survive a restart.
 */
export function loadSigningSecret(dataDir: string, fromEnv = process.env.BATON_SECRET): Uint8Array {
  if (fromEnv) {
    if (fromEnv.length < 32) throw new Error('BATON_SECRET must be at least 32 characters; generate one with `openssl rand -hex 32`.');
    return new TextEncoder().encode(fromEnv);
  }
  const file = join(dataDir, 'signing-secret');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    try {
      writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      // Another process created it first; use theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return new TextEncoder().encode(readFileSync(file, 'utf8').trim());
}
