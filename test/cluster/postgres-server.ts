import { execFile } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { LocalStackError, startManagedProcess, type ManagedProcess } from '../../cli/local-stack/managed-process';

const run = promisify(execFile);

/** PostgreSQL will not run as root; as root the server runs as this user, the one Debian's package creates. */
const POSTGRES_USER = 'postgres';
/** The database superuser initdb creates: the Temporal server and temporal-sql-tool log in as it (trust on loopback). */
export const POSTGRES_SUPERUSER = 'postgres';

export type PostgresServerOptions = {
  /** The folder holding initdb, pg_ctl and postgres (.baton/bin/postgresql, see scripts/provision.sh). */
  binDir: string;
  /** Made if missing; its data folder is created once with initdb and kept across restarts. As root, the folders above it must let the postgres user through. */
  dataDir: string;
  port: number;
};

/**
 * A throwaway PostgreSQL on loopback: a data folder of its own made with initdb (trust for local
 * connections: nothing but this machine reaches it), then `postgres` as a child process. As root,
 * both run as the postgres user through setpriv, which execs, so the child's pid is the server's.
 */
export async function startPostgresServer(options: PostgresServerOptions): Promise<ManagedProcess> {
  const owner = await ownerPrefix();
  const pgData = join(options.dataDir, 'pgdata');
  const socketDir = join(options.dataDir, 'socket');
  if (!existsSync(join(pgData, 'PG_VERSION'))) {
    mkdirSync(pgData, { recursive: true });
    mkdirSync(socketDir, { recursive: true });
    if (owner.ids) {
      // The postgres user must reach the folders below a root-owned temporary one.
      chmodSync(options.dataDir, 0o755);
      for (const dir of [pgData, socketDir]) chownSync(dir, owner.ids.uid, owner.ids.gid);
    }
    chmodSync(pgData, 0o700);
    try {
      await run(...command(owner.prefix, join(options.binDir, 'initdb'), ['-D', pgData, '-U', POSTGRES_SUPERUSER, '--auth=trust', '-E', 'UTF8', '--no-sync']));
    } catch (error) {
      throw new LocalStackError(`initdb failed for ${pgData}: ${(error as { stderr?: string }).stderr ?? (error as Error).message}`);
    }
  }
  const [binary, args] = command(owner.prefix, join(options.binDir, 'postgres'), [
    '-D',
    pgData,
    '-p',
    String(options.port),
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    `unix_socket_directories=${socketDir}`,
    // Each Temporal service keeps a pool per store (persistence and visibility), and temporal-sql-tool and the checks come on top.
    '-c',
    'max_connections=300',
  ]);
  return startManagedProcess({
    name: 'PostgreSQL',
    command: binary,
    args,
    logFile: join(options.dataDir, 'logs', 'postgres.log'),
    readyPort: options.port,
  });
}

type Owner = { prefix: string[]; ids: { uid: number; gid: number } | undefined };

async function ownerPrefix(): Promise<Owner> {
  if (process.getuid?.() !== 0) return { prefix: [], ids: undefined };
  const ids = async (flag: '-u' | '-g') => {
    try {
      return Number((await run('id', [flag, POSTGRES_USER])).stdout.trim());
    } catch {
      throw new LocalStackError(
        `PostgreSQL refuses to run as root and there is no '${POSTGRES_USER}' user to run it as: install Debian's postgresql package, or run as another user.`,
      );
    }
  };
  const [uid, gid] = [await ids('-u'), await ids('-g')];
  return { prefix: ['setpriv', `--reuid=${uid}`, `--regid=${gid}`, '--clear-groups', '--'], ids: { uid, gid } };
}

function command(prefix: string[], binary: string, args: string[]): [string, string[]] {
  return prefix.length > 0 ? [prefix[0]!, [...prefix.slice(1), binary, ...args]] : [binary, args];
}
