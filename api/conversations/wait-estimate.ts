/**
 * The pure part of a waiting customer's status: where they stand in the queue, and an honest expected
 * wait from the team's recent times to assignment. The I/O is in wait-status.ts.
 */
import { DEFAULT_ROUTING_SETTINGS, type RoutedConversation } from '../../machines/routing/routing-types';
import { RouterState } from '../../machines/routing/router-state';
import type { ConversationDoc, ConversationStatus } from '../../store/documents';

/** Waits that count toward the estimate: the newest ones of the last week. */
export const WAIT_SAMPLE_DAYS = 7;
export const WAIT_SAMPLES_KEPT = 50;
/** Fewer recent waits than this say too little: no estimate rather than a made-up one. */
export const MIN_WAIT_SAMPLES = 3;

type Transition = { at: Date | string; status: ConversationStatus; teamId?: string | null };

/** One finished wait: when a person took the conversation, how long it had waited, and for which team (null: anyone). */
export type WaitSample = { assignedAt: number; waitedSeconds: number; teamId: string | null };

const timeOf = (at: Date | string) => (typeof at === 'string' ? Date.parse(at) : at.getTime());

/**
 * The waits in one conversation's transitions: a wait starts on entering AWAITING_HUMAN (from any other
 * status) and ends on the next HUMAN_ACTIVE; a move anywhere else first (the AI took it back, it was
 * resolved) ends it without a sample. The team is the one the conversation waited for.
 */
export function waitSamplesOf(transitions: readonly Transition[], fallbackTeamId: string | null = null): WaitSample[] {
  const samples: WaitSample[] = [];
  let wait: { start: number; teamId: string | null } | null = null;
  let previous: ConversationStatus | null = null;
  for (const transition of [...transitions].sort((a, b) => timeOf(a.at) - timeOf(b.at))) {
    if (transition.status === 'AWAITING_HUMAN') {
      if (previous !== 'AWAITING_HUMAN' || !wait) wait = { start: timeOf(transition.at), teamId: transition.teamId ?? fallbackTeamId };
    } else if (transition.status === 'HUMAN_ACTIVE' && wait) {
      const assignedAt = timeOf(transition.at);
      samples.push({ assignedAt, waitedSeconds: Math.max(0, (assignedAt - wait.start) / 1000), teamId: wait.teamId });
      wait = null;
    } else if (transition.status !== 'HUMAN_ACTIVE') {
      wait = null;
    }
    previous = transition.status;
  }
  return samples;
}

/** The team's waits that count: of the last WAIT_SAMPLE_DAYS before `now`, the newest WAIT_SAMPLES_KEPT, as seconds. */
export function recentWaits(samples: readonly WaitSample[], teamId: string | null, now: number): number[] {
  const since = now - WAIT_SAMPLE_DAYS * 24 * 3600 * 1000;
  return samples
    .filter((sample) => sample.teamId === teamId && sample.assignedAt >= since && sample.assignedAt <= now)
    .sort((a, b) => b.assignedAt - a.assignedAt)
    .slice(0, WAIT_SAMPLES_KEPT)
    .map((sample) => sample.waitedSeconds);
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * The expected wait, in seconds, of the customer at `position` (1: next in line): the median of the
 * team's recent waits for each place in line, so the median customer's wait for the first place and
 * proportionally more further back. Rounded up to whole minutes (at least one), so the widget never
 * promises a precision it does not have. Null with fewer than MIN_WAIT_SAMPLES recent waits, or when
 * nobody is available (then nobody's recent pace says anything about this wait).
 */
export function expectedWaitSeconds(recent: readonly number[], position: number, teamAvailable: boolean): number | null {
  if (!teamAvailable || recent.length < MIN_WAIT_SAMPLES || position < 1) return null;
  const seconds = median(recent) * position;
  return Math.max(1, Math.ceil(seconds / 60)) * 60;
}

/** A waiting conversation as the queue needs it. */
export type QueuedConversation = Pick<ConversationDoc, '_id' | 'status' | 'priority' | 'escalation' | 'assignee' | 'stepVersion'> & {
  teamId?: string | null;
};

/**
 * The conversations waiting for `teamId` (null: no team, a queue of its own) in the order the assignment
 * router gives them out (its own ordering: higher priority first, then the longest waiting).
 */
export function queueOf(conversations: readonly QueuedConversation[], teamId: string | null): string[] {
  const router = new RouterState(DEFAULT_ROUTING_SETTINGS);
  for (const doc of conversations) {
    if ((doc.teamId ?? null) !== teamId) continue;
    const routed: RoutedConversation = {
      conversationId: doc._id,
      stepVersion: doc.stepVersion,
      status: doc.status,
      teamId: doc.teamId ?? null,
      priority: doc.priority,
      waitingSince: doc.status === 'AWAITING_HUMAN' && doc.escalation ? doc.escalation.at.toISOString() : null,
      assigneeId: doc.assignee?.id ?? null,
      agentReplied: false,
      requeuedFrom: null,
    };
    router.updateConversation(routed);
  }
  return router.queue().map((conversation) => conversation.conversationId);
}

/** 1 when next in line; null when the conversation is not in the queue. */
export function queuePositionIn(queue: readonly string[], conversationId: string): number | null {
  const index = queue.indexOf(conversationId);
  return index < 0 ? null : index + 1;
}
