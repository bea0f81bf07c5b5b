/**
 * Assignment metrics from conversations' recorded transitions: how long escalated customers wait
 * for an agent to hold their conversation, who was given how many (and let how many go back to
 * the queue unanswered), and how long the queue was over time. Pure: it takes conversation
 * documents and the names to show.
 */
import type { ConversationDoc, ConversationStatus } from '../store/documents';

type Transition = NonNullable<ConversationDoc['transitions']>[number];
export type AssignmentConversation = Pick<ConversationDoc, 'transitions'>;

export type AssignmentCount = { label: string; assignments: number; requeues: number };
export type QueueLengthPoint = { at: string; waiting: number };

/** The trigger the workflow records when an agent who went away let a conversation go unanswered. */
export const REQUEUE_TRIGGER = 'agent_no_reply';
/** The team label of conversations routed to no team. */
export const NO_TEAM = '(no team)';
/** Ranges longer than this are measured per day rather than per hour. */
export const HOURLY_QUEUE_MAX_DAYS = 14;

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** A conversation's transitions in time order, each with the status it left (null for the first). */
function movesOf(conversation: AssignmentConversation): { transition: Transition; before: ConversationStatus | null }[] {
  const sorted = [...(conversation.transitions ?? [])].sort((a, b) => a.at.getTime() - b.at.getTime());
  return sorted.map((transition, index) => ({ transition, before: index === 0 ? null : sorted[index - 1]!.status }));
}

/**
 * Seconds from each start of waiting (a move into AWAITING_HUMAN from any other status) to the
 * move that ended it, when that move gave the conversation to an agent (HUMAN_ACTIVE): a wait that
 * ended otherwise (resolved, back to the AI) was never assigned, and one still going has no end yet.
 */
export function timesToAssignment(conversations: AssignmentConversation[]): number[] {
  const waits: number[] = [];
  for (const conversation of conversations) {
    let waitingSince: Date | null = null;
    for (const { transition } of movesOf(conversation)) {
      if (transition.status === 'AWAITING_HUMAN') {
        waitingSince ??= transition.at;
        continue;
      }
      if (waitingSince && transition.status === 'HUMAN_ACTIVE') waits.push((transition.at.getTime() - waitingSince.getTime()) / 1000);
      waitingSince = null;
    }
  }
  return waits;
}

type Tally = Map<string, { assignments: number; requeues: number }>;

function add(tally: Tally, key: string, field: 'assignments' | 'requeues') {
  const counts = tally.get(key) ?? { assignments: 0, requeues: 0 };
  counts[field] += 1;
  tally.set(key, counts);
}

function labelled(tally: Tally, nameOf: (key: string) => string): AssignmentCount[] {
  return [...tally]
    .map(([key, counts]) => ({ label: nameOf(key), ...counts }))
    .sort((a, b) => b.assignments - a.assignments || b.requeues - a.requeues || a.label.localeCompare(b.label));
}

/**
 * Assignments and requeues by agent and by team. Each move into HUMAN_ACTIVE (claimed, assigned
 * by the router, reopened by an agent) counts one for the agent holding it and the team it was
 * routed to; a move that stays HUMAN_ACTIVE counts only if it names another agent. Each move from
 * HUMAN_ACTIVE back to waiting on the agent_no_reply trigger counts a requeue for the agent who
 * held it (the one the move names, else the one given it last) and the team. Labels are names, the
 * id when the name is unknown (a deleted account or team); moves naming no agent count for teams only.
 */
export function assignmentCounts(
  conversations: AssignmentConversation[],
  names: { agents: ReadonlyMap<string, string>; teams: ReadonlyMap<string, string> },
): { byAgent: AssignmentCount[]; byTeam: AssignmentCount[] } {
  const byAgent: Tally = new Map();
  const byTeam: Tally = new Map();
  for (const conversation of conversations) {
    let holder: string | null = null;
    for (const { transition, before } of movesOf(conversation)) {
      const team = transition.teamId ?? NO_TEAM;
      const agent = transition.agentId ?? null;
      if (transition.status === 'HUMAN_ACTIVE') {
        if (before !== 'HUMAN_ACTIVE' || (agent !== null && agent !== holder)) {
          if (agent !== null) add(byAgent, agent, 'assignments');
          add(byTeam, team, 'assignments');
        }
        holder = agent ?? holder;
        continue;
      }
      if (before === 'HUMAN_ACTIVE' && transition.status === 'AWAITING_HUMAN' && transition.triggerType === REQUEUE_TRIGGER) {
        const heldBy = agent ?? holder;
        if (heldBy !== null) add(byAgent, heldBy, 'requeues');
        add(byTeam, team, 'requeues');
      }
      holder = null;
    }
  }
  return {
    byAgent: labelled(byAgent, (id) => names.agents.get(id) ?? id),
    byTeam: labelled(byTeam, (id) => (id === NO_TEAM ? NO_TEAM : (names.teams.get(id) ?? id))),
  };
}

/** Each time a conversation waited for a person: from a move into AWAITING_HUMAN to the next move out (null: still waiting). */
function waitingIntervals(conversations: AssignmentConversation[]): { from: number; to: number | null }[] {
  const intervals: { from: number; to: number | null }[] = [];
  for (const conversation of conversations) {
    let since: number | null = null;
    for (const { transition } of movesOf(conversation)) {
      if (transition.status === 'AWAITING_HUMAN') since ??= transition.at.getTime();
      else if (since !== null) {
        intervals.push({ from: since, to: transition.at.getTime() });
        since = null;
      }
    }
    if (since !== null) intervals.push({ from: since, to: null });
  }
  return intervals;
}

/**
 * The most conversations waiting at once in each hour (UTC) of the range, or each UTC day when the
 * range is over 14 days; `at` is the bucket's start. Buckets stop at `now`: what is still waiting
 * counts as waiting up to then, and the future has no queue yet. Conversations waiting before the
 * range and still waiting in it count only if they are among those given.
 */
export function queueLengths(conversations: AssignmentConversation[], range: { from: Date; to: Date }, now: Date = new Date()): QueueLengthPoint[] {
  const start = range.from.getTime();
  const end = Math.min(range.to.getTime(), now.getTime());
  if (end <= start) return [];
  const step = range.to.getTime() - start > HOURLY_QUEUE_MAX_DAYS * DAY_MS ? DAY_MS : HOUR_MS;

  // +1 when a wait starts, -1 when it ends; at the same instant the end goes first, so a conversation
  // leaving the queue as another joins does not count as two waiting.
  const changes: { at: number; delta: 1 | -1 }[] = [];
  for (const interval of waitingIntervals(conversations)) {
    const to = interval.to ?? end;
    if (to <= start || interval.from >= end || to <= interval.from) continue;
    changes.push({ at: Math.max(interval.from, start), delta: 1 });
    if (to < end) changes.push({ at: to, delta: -1 });
  }
  changes.sort((a, b) => a.at - b.at || a.delta - b.delta);

  const points: QueueLengthPoint[] = [];
  let waiting = 0;
  let next = 0;
  for (let bucket = Math.floor(start / step) * step; bucket < end; bucket += step) {
    // What changed at the bucket's very start (a wait ending then) is the bucket's starting point.
    for (; next < changes.length && changes[next]!.at <= bucket; next += 1) waiting += changes[next]!.delta;
    let most = waiting;
    for (; next < changes.length && changes[next]!.at < bucket + step; next += 1) {
      waiting += changes[next]!.delta;
      most = Math.max(most, waiting);
    }
    points.push({ at: new Date(bucket).toISOString(), waiting: most });
  }
  return points;
}
