import { PRIORITIES } from '../triggers/trigger-params';
import type { RoutedAgent, RoutedConversation, RoutingSettings } from './routing-types';

/**
 * What a workspace's assignment router knows, and the decisions it makes from it. Pure: the router
 * workflow feeds it signals and activity results and performs what it returns, so the rules are
 * tested here without Temporal, and a replay reaches the same decisions.
 */
export class RouterState {
  readonly agents = new Map<string, RoutedAgent>();
  /** Conversations waiting for a person or held by one; the rest are forgotten. */
  readonly conversations = new Map<string, RoutedConversation>();
  /** Claims sent and not yet answered: conversation id → agent id. They count toward the agent's load. */
  readonly inFlight = new Map<string, string>();
  /** Requeues asked of conversations whose assignee went away: conversation id → that agent. */
  readonly requeuesAsked = new Map<string, string>();
  /** Conversations a claim was refused for: left alone until they report a newer step. */
  private readonly refusedAt = new Map<string, number>();
  lastAssignedAgentId: string | null = null;

  constructor(public settings: RoutingSettings) {}

  /** Keeps the newer of two copies of an agent (by routingVersion). */
  updateAgent(agent: RoutedAgent): void {
    const known = this.agents.get(agent.agentId);
    if (known && known.version > agent.version) return;
    this.agents.set(agent.agentId, agent);
  }

  /** Keeps the newer of two reports of a conversation (by step version); one that no longer waits or is held is dropped. */
  updateConversation(report: RoutedConversation): void {
    const known = this.conversations.get(report.conversationId);
    if (known && known.stepVersion > report.stepVersion) return;
    if (known && report.stepVersion > known.stepVersion) this.refusedAt.delete(report.conversationId);
    if (report.status !== 'AWAITING_HUMAN' && report.status !== 'HUMAN_ACTIVE') {
      this.conversations.delete(report.conversationId);
      this.refusedAt.delete(report.conversationId);
      return;
    }
    if (report.assigneeId !== this.requeuesAsked.get(report.conversationId)) this.requeuesAsked.delete(report.conversationId);
    this.conversations.set(report.conversationId, report);
  }

  capacityOf(agent: RoutedAgent): number {
    return agent.capacity ?? this.settings.defaultCapacity;
  }

  /** Conversations the agent holds, plus claims on their behalf still on the way. */
  loadOf(agentId: string): number {
    let load = 0;
    for (const conversation of this.conversations.values()) if (conversation.status === 'HUMAN_ACTIVE' && conversation.assigneeId === agentId) load += 1;
    for (const [conversationId, claimant] of this.inFlight) {
      if (claimant === agentId && this.conversations.get(conversationId)?.assigneeId !== agentId) load += 1;
    }
    return load;
  }

  /** Waiting conversations in the order they are given out: higher priority first, then the longest waiting. */
  queue(): RoutedConversation[] {
    return [...this.conversations.values()]
      .filter((conversation) => conversation.status === 'AWAITING_HUMAN' && conversation.assigneeId === null)
      .sort(
        (a, b) =>
          PRIORITIES.indexOf(b.priority) - PRIORITIES.indexOf(a.priority) ||
          (a.waitingSince ?? '').localeCompare(b.waitingSince ?? '') ||
          a.conversationId.localeCompare(b.conversationId),
      );
  }

  /**
   * The claims to send now: each waiting conversation, in queue order, to an available agent of its
   * team with free capacity (round robin, or the fewest active conversations), someone other than the
   * agent whose silence sent it back when anyone else is free. Nothing in MANUAL mode.
   */
  planAssignments(): { conversationId: string; agentId: string; agentName: string }[] {
    if (this.settings.mode === 'MANUAL') return [];
    const load = new Map([...this.agents.keys()].map((agentId) => [agentId, this.loadOf(agentId)]));
    const plan: { conversationId: string; agentId: string; agentName: string }[] = [];
    for (const conversation of this.queue()) {
      if (this.inFlight.has(conversation.conversationId) || this.refusedAt.has(conversation.conversationId)) continue;
      const free = [...this.agents.values()].filter(
        (agent) =>
          agent.active &&
          agent.availability === 'AVAILABLE' &&
          (conversation.teamId === null || agent.teamIds.includes(conversation.teamId)) &&
          load.get(agent.agentId)! < this.capacityOf(agent),
      );
      const others = free.filter((agent) => agent.agentId !== conversation.requeuedFrom);
      const chosen = this.choose(others.length > 0 ? others : free, load);
      if (!chosen) continue;
      load.set(chosen.agentId, load.get(chosen.agentId)! + 1);
      this.lastAssignedAgentId = chosen.agentId;
      this.inFlight.set(conversation.conversationId, chosen.agentId);
      plan.push({ conversationId: conversation.conversationId, agentId: chosen.agentId, agentName: chosen.name });
    }
    return plan;
  }

  /**
   * Takes a fresh read of MongoDB as the truth for what it covers, so a report that never arrived
   * (Temporal unreachable when the API or a step tried to signal) is made up for. Conversations it
   * no longer lists have left the queue and their agents, unless a report about them arrived while
   * it was being read (those ids are in `reportedMeanwhile`: the report is newer than the read).
   */
  reconcile(snapshot: { settings: RoutingSettings; agents: RoutedAgent[]; conversations: RoutedConversation[] }, reportedMeanwhile: ReadonlySet<string>): void {
    this.settings = snapshot.settings;
    for (const agent of snapshot.agents) this.updateAgent(agent);
    const listed = new Set(snapshot.conversations.map((conversation) => conversation.conversationId));
    for (const conversationId of [...this.conversations.keys()]) {
      if (!listed.has(conversationId) && !reportedMeanwhile.has(conversationId) && !this.inFlight.has(conversationId))
        this.conversations.delete(conversationId);
    }
    for (const conversation of snapshot.conversations) this.updateConversation(conversation);
  }

  /** The claim was made: the conversation is the agent's even before its own report arrives. */
  assigned(conversationId: string, agentId: string): void {
    this.inFlight.delete(conversationId);
    const conversation = this.conversations.get(conversationId);
    if (conversation && conversation.assigneeId === null) {
      this.conversations.set(conversationId, { ...conversation, status: 'HUMAN_ACTIVE', assigneeId: agentId, agentReplied: false, requeuedFrom: null });
    }
  }

  /** The claim was refused (someone claimed it first, or it left the queue): wait for its next report. */
  refused(conversationId: string): void {
    this.inFlight.delete(conversationId);
    this.refusedAt.set(conversationId, this.conversations.get(conversationId)?.stepVersion ?? 0);
  }

  /**
   * Conversations to send back to the queue: held by an agent who has been AWAY or OFFLINE (or
   * deactivated) for the grace period and has not answered them. `nextAt` is when the next one falls due.
   */
  dueRequeues(now: number): { due: { conversationId: string; agentId: string; availability: 'AWAY' | 'OFFLINE' }[]; nextAt: number | null } {
    const due: { conversationId: string; agentId: string; availability: 'AWAY' | 'OFFLINE' }[] = [];
    let nextAt: number | null = null;
    for (const conversation of this.conversations.values()) {
      if (conversation.status !== 'HUMAN_ACTIVE' || conversation.agentReplied || conversation.assigneeId === null) continue;
      if (this.requeuesAsked.has(conversation.conversationId)) continue;
      const agent = this.agents.get(conversation.assigneeId);
      if (!agent || agent.availability === 'AVAILABLE') continue;
      const at = Date.parse(agent.availabilityChangedAt) + this.settings.reassignAfterSeconds * 1000;
      if (at <= now) due.push({ conversationId: conversation.conversationId, agentId: agent.agentId, availability: agent.availability });
      else nextAt = Math.min(nextAt ?? at, at);
    }
    return { due, nextAt };
  }

  /** When the next AVAILABLE agent would be AWAY for want of a heartbeat, or null. */
  nextIdleCheck(): number | null {
    let next: number | null = null;
    for (const agent of this.agents.values()) {
      if (agent.availability !== 'AVAILABLE' || !agent.active) continue;
      const at = Date.parse(agent.lastSeenAt ?? agent.availabilityChangedAt) + this.settings.awayAfterSeconds * 1000;
      next = Math.min(next ?? at, at);
    }
    return next;
  }

  private choose(candidates: RoutedAgent[], load: Map<string, number>): RoutedAgent | undefined {
    if (candidates.length === 0) return undefined;
    const byId = [...candidates].sort((a, b) => a.agentId.localeCompare(b.agentId));
    // Round robin: the first agent after the one given a conversation last, in a fixed order.
    const nextInTurn = byId.find((agent) => this.lastAssignedAgentId === null || agent.agentId > this.lastAssignedAgentId) ?? byId[0]!;
    if (this.settings.mode === 'ROUND_ROBIN') return nextInTurn;
    // Least loaded: the fewest active conversations; ties go round in turn, so equals share evenly.
    const least = Math.min(...byId.map((agent) => load.get(agent.agentId)!));
    const tied = byId.filter((agent) => load.get(agent.agentId) === least);
    return tied.find((agent) => this.lastAssignedAgentId === null || agent.agentId > this.lastAssignedAgentId) ?? tied[0];
  }
}

/** The router's memory across continue-as-new (claims in flight are finished before it continues). */
export type CarriedRouting = {
  settings: RoutingSettings;
  agents: RoutedAgent[];
  conversations: RoutedConversation[];
  requeuesAsked: [conversationId: string, agentId: string][];
  lastAssignedAgentId: string | null;
};

export function carryRouting(state: RouterState): CarriedRouting {
  return {
    settings: state.settings,
    agents: [...state.agents.values()],
    conversations: [...state.conversations.values()],
    requeuesAsked: [...state.requeuesAsked],
    lastAssignedAgentId: state.lastAssignedAgentId,
  };
}

export function restoreRouting(carried: CarriedRouting): RouterState {
  const state = new RouterState(carried.settings);
  for (const agent of carried.agents) state.updateAgent(agent);
  for (const conversation of carried.conversations) state.updateConversation(conversation);
  for (const [conversationId, agentId] of carried.requeuesAsked) state.requeuesAsked.set(conversationId, agentId);
  state.lastAssignedAgentId = carried.lastAssignedAgentId;
  return state;
}
