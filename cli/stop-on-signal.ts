import { logger } from '../telemetry/logger';

/**
 * The graceful stop of a long-running command: at the first SIGTERM or SIGINT, `stop` gets the
 * deadline (BATON_SHUTDOWN_GRACE_S from now) by which it must have drained; the promise resolves
 * with the exit code once it has: 0, or 1 when it failed or had to cut work short (`stop` resolves
 * false). Past the deadline the process exits 1 with a log line, whatever is still running: an
 * orchestrator sends SIGKILL soon after anyway, and this way the reason is in the log. A second
 * signal (Ctrl-C pressed again) does not restart the stop.
 */
export function stopOnSignal(command: string, graceMs: number, stop: (deadline: number) => Promise<boolean | void>): Promise<number> {
  return new Promise<number>((resolveExit) => {
    let stopping = false;
    const onSignal = (signal: NodeJS.Signals) => {
      if (stopping) {
        logger.warn({ signal }, `${command}: ${signal} received again; still stopping (at most ${graceMs / 1000} s in all)`);
        return;
      }
      stopping = true;
      const deadline = Date.now() + graceMs;
      logger.info({ signal, graceSeconds: graceMs / 1000 }, `${command}: ${signal} received; stopping gracefully (at most ${graceMs / 1000} s)`);
      // Unreferenced: a process whose work has all stopped exits by itself; one still busy at the deadline is ended here.
      const forced = setTimeout(() => {
        logger.error({ graceSeconds: graceMs / 1000 }, `${command}: still stopping after ${graceMs / 1000} s (BATON_SHUTDOWN_GRACE_S); exiting anyway`);
        process.exit(1);
      }, graceMs);
      forced.unref();
      stop(deadline).then(
        (clean) => {
          if (clean === false) {
            logger.error(
              { graceSeconds: graceMs / 1000 },
              `${command}: work still running after ${graceMs / 1000} s (BATON_SHUTDOWN_GRACE_S) was cut; exiting 1`,
            );
            resolveExit(1);
            return;
          }
          logger.info(`${command}: stopped`);
          resolveExit(0);
        },
        (error: unknown) => {
          logger.error({ err: error }, `${command}: stopping failed`);
          resolveExit(1);
        },
      );
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}
