import type { MatchKeysAndValues } from 'mongodb';
import { signalRouter } from '../../activities/router-signals';
import { ROUTER_SIGNALS } from '../../machines/routing/router-names';
import type { UserDoc } from '../../store/documents';
import { routedAgentOf } from '../../store/routed-agent';
import { currentLogger } from '../../telemetry/logger';
import type { BatonContext } from '../context';
import { announceAvailabilityChange } from '../conversations/workspace-availability';

/** Attempts at a versioned write before giving up: only a burst of changes to one account at once needs more than one. */
const VERSIONED_WRITE_ATTEMPTS = 8;

/** The next routing version: later than the last one the account had and than the current time. */
export const nextRoutingVersion = (previous: number | undefined, now = Date.now()) => Math.max((previous ?? 0) + 1, now);

/**
 * Changes what the assignment router keeps of an agent (availability, capacity, teams, activation)
 * together with UserDoc.routingVersion, in one write that only lands if nobody bumped the version
 * in between (read, compute, compare-and-set; FerretDB has no pipeline updates to do it in one step).
 * `change` sees the account as it is now and returns the fields to set, or null for nothing to do.
 * Returns the account after the change, or null when it is gone or there was nothing to change.
 */
export async function changeRoutedAgent(
  context: Pick<BatonContext, 'db'>,
  userId: string,
  change: (user: UserDoc) => Partial<UserDoc> | null,
): Promise<{ before: UserDoc; after: UserDoc } | null> {
  for (let attempt = 0; attempt < VERSIONED_WRITE_ATTEMPTS; attempt++) {
    const before = await context.db.users.findOne({ _id: userId });
    if (!before) return null;
    const set = change(before);
    if (!set) return null;
    const routingVersion = nextRoutingVersion(before.routingVersion);
    const sameVersion = before.routingVersion === undefined ? { routingVersion: { $exists: false } } : { routingVersion: before.routingVersion };
    const after = await context.db.users.findOneAndUpdate(
      { _id: userId, ...sameVersion },
      { $set: { ...set, routingVersion } as MatchKeysAndValues<UserDoc> },
      { returnDocument: 'after' },
    );
    if (after) return { before, after };
  }
  throw new Error(`the routing fields of account ${userId} changed ${VERSIONED_WRITE_ATTEMPTS} times while being written; try again`);
}

/** How long a mutation waits for a router signal before answering anyway; the signal carries on meanwhile. */
export const ROUTER_SIGNAL_WAIT_MS = 2_000;

/**
 * Signals the workspace's assignment router (starting it if need be). A router that cannot be reached
 * (Temporal down, or slow to answer) does not fail or hold up the change that caused the signal: the
 * router rebuilds its agents and settings from MongoDB when it starts, and the next change of the
 * same agent carries a newer routing version anyway. Failures are logged as warnings.
 */
export async function tellRouter(
  context: Pick<BatonContext, 'temporal' | 'taskQueue'>,
  workspaceId: string,
  message: Parameters<typeof signalRouter>[2],
  logFields: Record<string, unknown> = {},
): Promise<void> {
  const warn = (error: unknown) =>
    currentLogger().warn(
      { err: error, workspaceId, signal: message.signal, ...logFields },
      'could not signal the assignment router; it reads agents and settings from MongoDB when it starts',
    );
  const signalled = signalRouter(context.temporal, { taskQueue: context.taskQueue, workspaceId }, message).then(
    () => true,
    (error: unknown) => {
      warn(error);
      return true;
    },
  );
  let timer: NodeJS.Timeout | undefined;
  const waited = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ROUTER_SIGNAL_WAIT_MS);
    timer.unref();
  });
  const done = await Promise.race([signalled, waited]);
  clearTimeout(timer);
  if (!done) warn(new Error(`the signal took over ${ROUTER_SIGNAL_WAIT_MS} ms; answering without waiting for it`));
}

/** Tells the workspace's assignment router about the agent as stored now (see tellRouter). */
export const tellRouterAboutAgent = (context: Pick<BatonContext, 'temporal' | 'taskQueue'>, user: UserDoc) =>
  tellRouter(context, user.workspaceId, { signal: ROUTER_SIGNALS.agent, payload: routedAgentOf(user) }, { agentId: user._id });

/** changeRoutedAgent, then the router and customers waiting for a person hear of it when something changed. */
export async function changeAndTellRouter(
  context: Pick<BatonContext, 'db' | 'temporal' | 'taskQueue' | 'pubsub'>,
  userId: string,
  change: (user: UserDoc) => Partial<UserDoc> | null,
): Promise<UserDoc | null> {
  const changed = await changeRoutedAgent(context, userId, change);
  if (!changed) return null;
  announceAvailabilityChange(context.pubsub, changed.after.workspaceId);
  await tellRouterAboutAgent(context, changed.after);
  return changed.after;
}
