/**
 * Prometheus counts of assignment from one recorded step's transitions: conversations given to an
 * agent (by the router or by an agent's own claim), conversations that went back to the queue, and
 * how long each had waited. Labels carry team ids, never agent ids, so their number stays that of
 * the teams. The step writer calls this once a step's write has landed, so a retried step is not
 * counted twice.
 */
import type { ConversationStatus } from '../store/documents';
import { assignments, requeues, timeToAssignment } from '../telemetry/metrics';

/** A transition as a step records it (ISO time) or as the read model stores it (Date). */
export type CountedTransition = {
  at: string | Date;
  from: string;
  to: string;
  status: ConversationStatus;
  triggerType: string | null;
  agentId?: string | null;
  teamId?: string | null;
  assignedBy?: 'router' | null;
};

export type AssignmentEvent =
  { kind: 'assigned'; team: string; by: 'router' | 'agent'; waitedSeconds: number | null } | { kind: 'requeued'; team: string; reason: string };

/** The trigger of a claim, the agent's own or the router's for them: the move that takes a conversation out of the queue. */
const CLAIM_TRIGGER = 'agent_claim';

/** The team label of conversations routed to no team. */
export const NO_TEAM_LABEL = 'none';

const timeOf = (at: string | Date) => (typeof at === 'string' ? Date.parse(at) : at.getTime());

/**
 * What a step's transitions mean for assignment. A move into HUMAN_ACTIVE gives the conversation to
 * an agent, unless it is a self-loop or follows another HUMAN_ACTIVE move of this step with the
 * same agent. A move into AWAITING_HUMAN that leaves an agent (the step's previous move was
 * HUMAN_ACTIVE, or the move names the agent who held it, which the workflow does only when leaving
 * a human node) is a requeue. `waitingSince` is when the conversation started waiting before this
 * step, for the wait of a claim whose start is not among the step's moves. The start of the current
 * wait is best: the escalation's time overstates a wait that began with a requeue (a requeue does
 * not record a new escalation).
 */
export function assignmentEventsOf(transitions: readonly CountedTransition[], waitingSince?: string | Date | null): AssignmentEvent[] {
  const events: AssignmentEvent[] = [];
  let previous: CountedTransition | null = null;
  let waitStart: number | null = waitingSince ? timeOf(waitingSince) : null;
  for (const transition of [...transitions].sort((a, b) => timeOf(a.at) - timeOf(b.at))) {
    const team = transition.teamId ?? NO_TEAM_LABEL;
    if (transition.status === 'HUMAN_ACTIVE') {
      const stays = transition.from === transition.to || (previous?.status === 'HUMAN_ACTIVE' && (transition.agentId ?? null) === (previous.agentId ?? null));
      if (!stays) {
        // Only a move out of the queue ends a wait: a reopening (from resolved) waited for nobody, whatever waitingSince says.
        const fromQueue = previous ? previous.status === 'AWAITING_HUMAN' : transition.triggerType === CLAIM_TRIGGER;
        const waited = waitStart === null || !fromQueue ? null : Math.max(0, (timeOf(transition.at) - waitStart) / 1000);
        events.push({ kind: 'assigned', team, by: transition.assignedBy === 'router' ? 'router' : 'agent', waitedSeconds: waited });
      }
      waitStart = null;
    } else if (transition.status === 'AWAITING_HUMAN') {
      const leavesAgent = previous?.status === 'HUMAN_ACTIVE' || (previous === null && Boolean(transition.agentId));
      if (leavesAgent) events.push({ kind: 'requeued', team, reason: transition.triggerType ?? 'unknown' });
      if (previous?.status !== 'AWAITING_HUMAN' && (leavesAgent || waitStart === null)) waitStart = timeOf(transition.at);
    } else {
      waitStart = null;
    }
    previous = transition;
  }
  return events;
}

/** Counts a recorded step's assignments, requeues and waits in the Prometheus metrics; returns what it counted. */
export function countAssignmentTransitions(transitions: readonly CountedTransition[], waitingSince?: string | Date | null): AssignmentEvent[] {
  const events = assignmentEventsOf(transitions, waitingSince);
  for (const event of events) {
    if (event.kind === 'requeued') {
      requeues.inc({ team: event.team, reason: event.reason });
      continue;
    }
    assignments.inc({ team: event.team, by: event.by });
    if (event.waitedSeconds !== null) timeToAssignment.observe({ by: event.by }, event.waitedSeconds);
  }
  return events;
}
