import type { MatchKeysAndValues } from 'mongodb';
import { signalRouter } from '../../activities/router-signals';
import { ROUTER_SIGNALS } from '../../machines/routing/router-names';
import type { UserDoc } from '../../store/documents';
import { routedAgentOf } from '../../store/routed-agent';
import { currentLogger } from '../../telemetry/logger';
import type { BatonContext } from '../context';

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

/**
 * Tells the workspace's assignment router about the agent as stored now. A router that cannot be
 * reached (Temporal down) does not fail the change: the router rebuilds its agents from MongoDB when
 * it starts, and the next change of this agent carries a newer version anyway.
 */
export async function tellRouterAboutAgent(context: Pick<BatonContext, 'temporal' | 'taskQueue'>, user: UserDoc): Promise<void> {
  try {
    await signalRouter(
      context.temporal,
      { taskQueue: context.taskQueue, workspaceId: user.workspaceId },
      { signal: ROUTER_SIGNALS.agent, payload: routedAgentOf(user) },
    );
  } catch (error) {
    currentLogger().warn(
      { err: error, agentId: user._id, workspaceId: user.workspaceId },
      'could not signal the assignment router about an agent change; it reads the agents from MongoDB when it starts',
    );
  }
}

/** changeRoutedAgent, then the router hears of it when something changed. */
export async function changeAndTellRouter(
  context: Pick<BatonContext, 'db' | 'temporal' | 'taskQueue'>,
  userId: string,
  change: (user: UserDoc) => Partial<UserDoc> | null,
): Promise<UserDoc | null> {
  const changed = await changeRoutedAgent(context, userId, change);
  if (!changed) return null;
  await tellRouterAboutAgent(context, changed.after);
  return changed.after;
}
