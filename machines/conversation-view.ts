import { assigneeHasReplied, type Assignee, type ConversationContext, type Escalation } from './conversation-context';
import type { ConversationStatus, Flow, NodeKind } from './flow-schema';
import type { Priority } from './trigger-types';

/** The machine's state as a plain document; persisted by the workflow, restorable with the same flow. */
export interface ConversationSnapshot {
  status: 'active' | 'done' | 'error' | 'stopped';
  /** The id of the flow node the conversation is in. */
  value: string;
  context: ConversationContext;
  historyValue?: unknown;
  children?: unknown;
  output?: unknown;
  error?: unknown;
}

/** What the inbox, the widget and the GraphQL API show of a conversation. */
export interface ConversationView {
  stateId: string;
  nodeKind: NodeKind;
  status: ConversationStatus;
  assignee: Assignee | null;
  /** The assignee has written to the customer since they were given the conversation. */
  agentReplied: boolean;
  /** The team the flow routed the conversation to (a team id); null means anyone. */
  team: string | null;
  /** The agent whose silence sent it back to the queue; routing offers it to someone else first. */
  requeuedFrom: string | null;
  escalation: Escalation | null;
  priority: Priority;
  turns: number;
  failedAnswers: number;
  flowVersion: number;
}

const STATUS_OF_KIND: Record<NodeKind, ConversationStatus | null> = {
  ai: 'AI_ANSWERING',
  queue: 'AWAITING_HUMAN',
  human: 'HUMAN_ACTIVE',
  resolved: 'RESOLVED',
  // Off-hours and SLA replies: still waiting for a person if the conversation was escalated.
  message: null,
  collect_email: null,
};

export function viewOf(flow: Flow, snapshot: ConversationSnapshot): ConversationView {
  const node = flow.nodes.find((candidate) => candidate.id === snapshot.value);
  if (!node) throw new Error(`Conversation is in "${snapshot.value}", which flow version ${flow.version} does not have.`);
  const { context } = snapshot;
  return {
    stateId: node.id,
    nodeKind: node.kind,
    status: STATUS_OF_KIND[node.kind] ?? (context.escalation ? 'AWAITING_HUMAN' : 'AI_ANSWERING'),
    assignee: context.assignee,
    agentReplied: assigneeHasReplied(context),
    // Snapshots persisted before these fields existed lack them.
    team: context.team ?? null,
    requeuedFrom: context.requeuedFrom ?? null,
    escalation: context.escalation,
    priority: context.priority,
    turns: context.turns,
    failedAnswers: context.failedAnswers,
    flowVersion: context.flowVersion,
  };
}
