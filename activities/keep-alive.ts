import { Context } from '@temporalio/activity';

const HEARTBEAT_EVERY_MS = 1_000;

/**
 * Heartbeats while `work` runs, so that when a worker dies mid-call (say, waiting on the
 * model) Temporal retries the activity elsewhere after the heartbeat timeout instead of
 * after the whole start-to-close timeout. Outside an activity, or in a local one, it just runs `work`.
 */
export async function keepAlive<T>(work: () => Promise<T>): Promise<T> {
  let context: Context | undefined;
  try {
    context = Context.current();
  } catch {
    return work();
  }
  // A local activity has no heartbeat: it is timed by its own timeouts, in the worker that runs it.
  if (context.info.isLocal) return work();
  const timer = setInterval(() => context!.heartbeat(), HEARTBEAT_EVERY_MS);
  try {
    return await work();
  } finally {
    clearInterval(timer);
  }
}
