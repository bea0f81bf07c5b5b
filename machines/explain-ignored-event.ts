import type { ConversationEvent } from './conversation-events';
import type { ConversationSnapshot } from './conversation-view';
import type { Flow } from './flow-schema';

/**
 * Why an event changes nothing in the conversation's current state. Every ignored event gets a
 * reason: the workflow records it, Temporal update validators return it to the caller (a
 * second agent trying to claim), and the backtester shows it.
 */
export function explainIgnoredEvent(flow: Flow, snapshot: ConversationSnapshot, event: ConversationEvent): string {
  const node = flow.nodes.find((candidate) => candidate.id === snapshot.value);
  const state = snapshot.value;
  const { context } = snapshot;
  const ignored = (why: string) => `${event.type} ignored: ${why}`;
  const claimedBy = context.assignee ? `conversation is claimed by ${context.assignee.name}` : null;
  const leaves = (trigger: string) => flow.edges.some((edge) => edge.source === state && edge.trigger.type === trigger);

  if (!node) return ignored(`conversation is in "${state}", which flow version ${flow.version} does not have`);

  switch (event.type) {
    case 'CUSTOMER_MESSAGE':
      return node.kind === 'resolved'
        ? ignored(`conversation is resolved and no customer_message edge leaves ${state} to reopen it`)
        : ignored(`nothing in ${state} reacts to a customer message`);
    case 'ANALYSIS_READY':
    case 'ANSWER_READY': {
      const step = event.type === 'ANALYSIS_READY' ? 'analysis' : 'answer';
      if (node.kind !== 'ai') return ignored(`conversation is in ${state}, where the AI is not answering`);
      if (context.pendingStep === null) return ignored(`no ${step} is pending`);
      if (context.pendingStep.step !== step) {
        return ignored(`the conversation waits for the ${context.pendingStep.step} of message ${context.pendingStep.messageId}, not an ${step}`);
      }
      return ignored(`${step} for message ${event.messageId} is stale; the conversation waits for message ${context.pendingStep.messageId}`);
    }
    case 'CUSTOMER_ACTION':
      return ignored(`no edge for the widget action "${event.action}" leaves ${state}`);
    case 'AGENT_CLAIM':
      if (node.kind === 'human' && context.assignee) return `already claimed by ${context.assignee.name}`;
      if (node.kind === 'resolved') return ignored('conversation is resolved');
      if (context.assignee) return `already claimed by ${context.assignee.name}`;
      return ignored(`conversation is in ${state}, where no agent_claim edge lets an agent take it`);
    case 'AGENT_REOPEN':
      if (node.kind !== 'resolved') return ignored(`conversation is in ${state}, not resolved: there is nothing to reopen`);
      return ignored(`no agent_reopen edge leaves ${state}`);
    case 'AGENT_MESSAGE':
    case 'AGENT_RELEASE':
    case 'AGENT_TRANSFER':
      if (node.kind !== 'human') return ignored(`conversation is in ${state}${node.kind === 'queue' ? '; claim it first' : ''}`);
      if (claimedBy && event.agentId !== context.assignee?.id) return ignored(claimedBy);
      if (event.type === 'AGENT_TRANSFER' && event.toAgentId === context.assignee?.id) {
        return ignored(`already assigned to ${context.assignee.name}`);
      }
      if (event.type === 'AGENT_RELEASE' && !leaves('agent_release')) return ignored(`no agent_release edge leaves ${state}`);
      return ignored(`nothing in ${state} reacts to it`);
    case 'AGENT_UNAVAILABLE':
      if (node.kind !== 'human' || !context.assignee) return ignored(`conversation is in ${state}, where no agent holds it`);
      if (event.agentId !== context.assignee.id) return ignored(`${claimedBy}, not by agent ${event.agentId}`);
      if ((context.agentRepliedAt ?? null) !== null)
        return ignored(`${context.assignee.name} has answered the customer since being given the conversation, so it stays with them`);
      return ignored(`no agent_no_reply edge leaves ${state} to put the conversation back in the queue`);
    case 'RESOLVE':
      if (node.kind === 'resolved') return ignored('conversation is already resolved');
      if (!leaves('resolve')) return ignored(`no resolve edge leaves ${state}`);
      if (event.by === 'agent' && claimedBy && event.agentId !== context.assignee?.id) return ignored(claimedBy);
      return ignored(`a resolve by the ${event.by} is not allowed from ${state}`);
    case 'TIMER_FIRED':
      return ignored(`timer ${event.timerId} is not running any more (cancelled when the conversation moved on, or already fired)`);
    case 'ANSWER_RATED':
      if (node.kind !== 'ai') return ignored(`conversation is in ${state}, where the AI is not answering: the rating is kept, nothing moves`);
      return event.helpful ? ignored(`no resolve edge by the customer leaves ${state}`) : ignored('rating recorded');
    case 'EMAIL_PROVIDED':
      return ignored(`conversation is in ${state}, which does not collect an email address`);
  }
}
