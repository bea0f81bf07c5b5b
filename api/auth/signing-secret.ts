import { randomBytes } from 'node:crypto';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensurePrivateDataDir } from '../../config/data-dir';
import { SettingsError, type Settings } from '../../config/settings';

type SecretSettings = Pick<Settings, 'dataDir' | 'production' | 'signingSecret'>;

export const MISSING_PRODUCTION_SECRET =
  'In production (NODE_ENV=production) Baton needs BATON_SECRET, the key that signs every login and widget session: set it to a random value of at least 32 characters, the same on every API instance, for example from `openssl rand -hex 32`.';

/**
 * Refuses to run in production without BATON_SECRET. A generated secret would sit in the data folder
 * of one machine: a second API instance would reject the first one's tokens, and a copy of the folder
 * would be enough to sign an admin token. Call it before starting anything.
 */
export function requireSigningSecret(settings: SecretSettings): void {
  if (settings.production && !settings.signingSecret) throw new SettingsError(MISSING_PRODUCTION_SECRET);
}

/**
 * The key that signs tokens: BATON_SECRET when set (every API instance must share it). In
 * development only, without it, one is generated once and kept in the (private) data folder so
 * sessions survive a restart.
 */
export function loadSigningSecret(settings: SecretSettings): Uint8Array {
  requireSigningSecret(settings);
  if (settings.signingSecret) return new TextEncoder().encode(settings.signingSecret);
  ensurePrivateDataDir(settings.dataDir);
  const file = join(settings.dataDir, 'signing-secret');
  try {
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    // Made by an earlier start, or by another process at the same moment: use that one.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    // Older versions wrote it with the default mode.
    chmodSync(file, 0o600);
  }
  const secret = readFileSync(file, 'utf8').trim();
  // An empty or cut key would let anyone sign tokens.
  if (secret.length < 32)
    throw new SettingsError(`The signing secret in ${file} is too short to be safe; delete the file to have a new one made, or set BATON_SECRET.`);
  return new TextEncoder().encode(secret);
}
