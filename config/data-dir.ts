import { chmodSync, mkdirSync, statSync } from 'node:fs';
import { SettingsError } from './settings';

/** Only the owner may list, read or enter it. */
export const PRIVATE_DIR_MODE = 0o700;

/**
 * Creates the data folder readable by its owner only, or tightens an existing one that other users
 * could read: the SQLite files of FerretDB and Temporal in it hold password hashes and
 * transcripts, and the signing secret lives there too. Says so in one line when it tightens.
 */
export function ensurePrivateDataDir(path: string, report: (line: string) => void = (line) => console.warn(line)): void {
  mkdirSync(path, { recursive: true, mode: PRIVATE_DIR_MODE });
  const mode = statSync(path).mode & 0o777;
  if ((mode & 0o077) === 0) return;
  try {
    chmodSync(path, PRIVATE_DIR_MODE);
  } catch (error) {
    throw new SettingsError(
      `The data folder ${path} is readable by other users (mode ${octal(mode)}) and could not be made private (${(error as NodeJS.ErrnoException).code}); run \`chmod 700 ${path}\` as its owner, or point BATON_DATA_DIR at a folder of your own.`,
    );
  }
  report(
    `baton: the data folder ${path} was readable by other users (mode ${octal(mode)}); made it private (${octal(PRIVATE_DIR_MODE)}), as it holds password hashes and transcripts.`,
  );
}

const octal = (mode: number) => `0${mode.toString(8).padStart(3, '0')}`;
