import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LOCAL_BIN, PROJECT_ROOT } from '../../config/paths';
import { LocalStackError } from './managed-process';

// Re-exported for the scripts and tests that provision binaries and resolve files beside them.
export { LOCAL_BIN, PROJECT_ROOT };

/** temporal-server (with temporal-sql-tool beside it) and postgres (the folder of PostgreSQL's programs) are the cluster test's. */
export type LocalBinary = 'temporal' | 'ferretdb' | 'redis' | 'chromium' | 'temporal-server' | 'postgres';

/** Makes sure the binaries exist, running scripts/provision.sh (idempotent, safe to run twice at once) for the missing ones. */
export async function provisionBinaries(needed: LocalBinary[]): Promise<Record<LocalBinary, string>> {
  const paths = {
    temporal: join(LOCAL_BIN, 'temporal'),
    ferretdb: join(LOCAL_BIN, 'ferretdb'),
    redis: join(LOCAL_BIN, 'redis-server'),
    // Debian's package, where the browser tests look for it.
    chromium: '/usr/bin/chromium',
    'temporal-server': join(LOCAL_BIN, 'temporal-server'),
    postgres: join(LOCAL_BIN, 'postgresql'),
  };
  // A FerretDB built before its _id index and update lock fixes (scripts/provision.sh) has no stamp, and is rebuilt.
  // The Temporal server comes with its schema tool; one without the other is built again.
  const stamps: Partial<Record<LocalBinary, string>> = {
    ferretdb: join(LOCAL_BIN, 'ferretdb.atomic-updates'),
    'temporal-server': join(LOCAL_BIN, 'temporal-sql-tool'),
  };
  const missing = needed.filter((name) => !existsSync(paths[name]) || (stamps[name] !== undefined && !existsSync(stamps[name])));
  if (missing.length > 0) {
    await new Promise<void>((resolveRun, reject) => {
      const child = execFile('bash', [join(PROJECT_ROOT, 'scripts', 'provision.sh'), ...missing], { cwd: PROJECT_ROOT });
      child.stderr?.pipe(process.stderr);
      child.once('exit', (code) =>
        code === 0 ? resolveRun() : reject(new LocalStackError(`Provisioning ${missing.join(' and ')} failed (see the lines above).`)),
      );
    });
  }
  return paths;
}
