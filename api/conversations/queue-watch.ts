import type { ConversationChanged } from '../../activities/inbox-events';
import type { BatonPubSub } from '../pubsub';

/**
 * A waiting customer's place in line moves when another conversation of the same queue moves. Rather
 * than every widget's stream listening to its whole workspace's inbox (every message of every chat),
 * the streams that wait share one inbox listener per workspace, held only while one of them waits;
 * each inbox change that can move a queue is read once (its conversation's team) and passed to the
 * waiting streams of that team.
 */

/** Changes that can move a conversation in the queue: a status move, an escalation, a new priority. */
export const canMoveQueue = (changes: readonly string[]) =>
  changes.some((change) => change === 'escalated' || change === 'closed' || change === 'priority' || change.startsWith('state:'));

/** One waiting stream: its conversation (its own changes reach it anyway), its team, and what to do when the queue moved. */
export type QueueListener = { conversationId: string; teamId(): string | null; moved(cause: ConversationChanged): void };

export type QueueWatch = {
  /** Follows one waiting stream until the returned function is called. */
  watch(workspaceId: string, listener: QueueListener): () => void;
};

type Workspace = { listeners: Set<QueueListener>; stop: () => void };

export function createQueueWatch(pubsub: BatonPubSub, teamOf: (conversationId: string) => Promise<string | null | undefined>): QueueWatch {
  const workspaces = new Map<string, Workspace>();

  const relay = async (workspace: Workspace, event: ConversationChanged) => {
    if (!canMoveQueue(event.changes)) return;
    const others = [...workspace.listeners].filter((listener) => listener.conversationId !== event.conversationId);
    if (!others.length) return;
    const team = (await teamOf(event.conversationId)) ?? null;
    for (const listener of others) if (listener.teamId() === team) listener.moved(event);
  };

  const listen = (workspaceId: string): Workspace => {
    const changes = pubsub.subscribe('inboxChanged', workspaceId)[Symbol.asyncIterator]();
    const workspace: Workspace = { listeners: new Set(), stop: () => void changes.return?.() };
    void (async () => {
      for (let next = await changes.next(); !next.done; next = await changes.next()) {
        // A failed read (the database restarting) moves nobody: the next change reads again.
        if (next.value.workspaceId === workspaceId) await relay(workspace, next.value).catch(() => undefined);
      }
    })();
    return workspace;
  };

  return {
    watch(workspaceId, listener) {
      let workspace = workspaces.get(workspaceId);
      if (!workspace) {
        workspace = listen(workspaceId);
        workspaces.set(workspaceId, workspace);
      }
      workspace.listeners.add(listener);
      const watched = workspace;
      return () => {
        watched.listeners.delete(listener);
        if (watched.listeners.size === 0 && workspaces.get(workspaceId) === watched) {
          workspaces.delete(workspaceId);
          watched.stop();
        }
      };
    },
  };
}
