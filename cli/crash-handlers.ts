import { logUnexpectedError } from '../api/error-log';

/** How long stopping may take after a crash before the process exits anyway. */
const STOP_DEADLINE_MS = 15_000;

/**
 * The last line of defence: an error nothing caught (`uncaughtException`, `unhandledRejection`)
 * is logged with an error id, `stop` shuts down what this process started (for `baton start`, the
 * Temporal dev server and FerretDB, which would otherwise outlive it), and the process exits 1.
 * A process in an unknown state must not keep serving.
 */
export function exitOnCrash(command: string, stop: () => Promise<void>): void {
  let crashing = false;
  const crash = (error: unknown, origin: string) => {
    logUnexpectedError(error, { command, origin }, 'fatal');
    if (crashing) return;
    crashing = true;
    process.stderr.write(`baton: ${command} crashed (${error instanceof Error ? error.message : String(error)}); stopping its servers and exiting.\n`);
    const deadline = setTimeout(() => process.exit(1), STOP_DEADLINE_MS);
    deadline.unref();
    void stop()
      .catch((stopError: unknown) => logUnexpectedError(stopError, { command, origin: 'stopping after a crash' }, 'fatal'))
      .finally(() => process.exit(1));
  };
  process.on('uncaughtException', (error) => crash(error, 'uncaughtException'));
  process.on('unhandledRejection', (reason) => crash(reason, 'unhandledRejection'));
}
