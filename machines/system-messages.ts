import type { FlowEdge } from './flow-schema';
import { matchKeywords } from './detectors/keywords';

/**
 * The sentences the machine asks the workflow to post. Kept together so the timeline reads
 * consistently, and so a later issue can translate them in one place.
 */

/** Why a conversation left the AI, completing "Escalated to a human because …". */
export function escalationCause(edge: FlowEdge, customerText: string | null): string {
  const { trigger } = edge;
  switch (trigger.type) {
    case 'human_request':
      return 'the customer asked for one';
    case 'no_answer':
      return 'the AI had no confident answer';
    case 'frustration':
      return 'the customer seems frustrated';
    case 'failed_answers':
      return `the customer said ${trigger.params.count} AI answers did not help`;
    case 'turns':
      return `the conversation ran past ${trigger.params.count} customer messages`;
    case 'keyword': {
      const matched = customerText === null ? [] : matchKeywords(customerText, trigger.params.keywords);
      return matched.length > 0
        ? `the customer mentioned ${matched.map((keyword) => `"${keyword}"`).join(', ')}`
        : 'the customer used a watched keyword';
    }
    case 'action':
      return `the customer pressed "${trigger.params.action}"`;
    case 'sla_timeout':
      return `no agent claimed it within ${trigger.params.minutes} minutes`;
    case 'inactivity':
      return `nobody wrote for ${trigger.params.minutes} minutes`;
    case 'business_hours':
      return (trigger.params.when ?? 'closed') === 'open' ? 'business hours have started' : 'it is outside business hours';
    case 'agent_claim':
      return 'an agent claimed it';
    case 'agent_release':
      return 'the agent put it back in the queue';
    case 'agent_reopen':
      return 'an agent reopened it';
    case 'resolve':
      return 'it was resolved';
    case 'customer_message':
      return 'the customer wrote';
  }
}

/** A standalone headline for the agents' notification, e.g. "Customer asked for a person". */
export function escalationHeadline(edge: FlowEdge, customerText: string | null): string {
  const { trigger } = edge;
  switch (trigger.type) {
    case 'human_request':
      return 'Customer asked for a person';
    case 'no_answer':
      return 'The AI had no confident answer';
    case 'frustration':
      return 'Customer seems frustrated';
    case 'failed_answers':
      return `Customer said ${trigger.params.count} AI answers did not help`;
    case 'keyword': {
      const matched = customerText === null ? [] : matchKeywords(customerText, trigger.params.keywords);
      return matched.length > 0 ? `Customer mentioned ${matched.map((keyword) => `"${keyword}"`).join(', ')}` : 'Customer used a watched keyword';
    }
    case 'action':
      return `Customer pressed "${trigger.params.action}"`;
    default:
      return capitalise(escalationCause(edge, customerText));
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const HANDOFF_NOTICE_FOR_CUSTOMER =
  "I'm bringing in a person from our team. They'll see this whole conversation, so you won't need to repeat anything.";
export const SLA_NOTICE_FOR_CUSTOMER =
  'Thanks for waiting. Everyone on our team is busy right now, but a person will be with you shortly.';
export const DEFAULT_EMAIL_PROMPT =
  "Our team isn't available right now. Leave your email address and we'll get back to you as soon as we can.";

export const messages = {
  escalated: (cause: string) => `Escalated to a human because ${cause}`,
  requeued: (cause: string) => `Back in the queue because ${cause}`,
  slaMissed: (minutes: number) => `Nobody has claimed this conversation for ${minutes} minutes`,
  claimedForAgents: (agentName: string) => `Claimed by ${agentName}`,
  claimedForCustomer: (agentName: string) => `${agentName} from our team has joined the conversation.`,
  releasedForAgents: (agentName: string) => `${agentName} handed the conversation back to the AI`,
  releasedForCustomer: (agentName: string) => `${agentName} has handed you back to our AI assistant.`,
  transferred: (from: string, to: string) => `Transferred from ${from} to ${to}`,
  transferredForCustomer: (to: string) => `${to} from our team is taking over the conversation.`,
  resolvedBy: (by: 'agent' | 'customer' | 'system', agentName: string | null) =>
    by === 'agent' ? `Resolved by ${agentName ?? 'an agent'}` : by === 'customer' ? 'Resolved by the customer' : 'Resolved automatically',
  closedForInactivity: (minutes: number) => `Closed after ${minutes} minutes without messages`,
  reopened: 'Reopened: the customer wrote again',
  emailThanks: (email: string) => `Thanks! We'll reply to ${email}.`,
} as const;
