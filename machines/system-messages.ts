/**
 * The sentences the machine asks the workflow to post. Kept together so the timeline reads
 * consistently and can be translated in one place; each trigger's own reason for a step is in
 * its module (machines/triggers/).
 */

export const HANDOFF_NOTICE_FOR_CUSTOMER = "I'm bringing in a person from our team. They'll see this whole conversation, so you won't need to repeat anything.";
export const SLA_NOTICE_FOR_CUSTOMER = 'Thanks for waiting. Everyone on our team is busy right now, but a person will be with you shortly.';
export const DEFAULT_EMAIL_PROMPT = "Our team isn't available right now. Leave your email address and we'll get back to you as soon as we can.";

export const messages = {
  escalated: (cause: string) => `Escalated to a human because ${cause}`,
  requeued: (cause: string) => `Back in the queue because ${cause}`,
  slaMissed: (minutes: number) => `Nobody has claimed this conversation for ${minutes} minutes`,
  prioritySet: (priority: string) => `Priority set to ${priority} by the flow`,
  claimedForAgents: (agentName: string) => `Claimed by ${agentName}`,
  assignedAutomatically: (agentName: string) => `Assigned to ${agentName} automatically`,
  didNotAnswer: (agentName: string, minutes: number) => `${agentName} did not answer within ${minutes} minutes; back in the queue`,
  leftWithoutAnswering: (agentName: string, availability: 'AWAY' | 'OFFLINE') =>
    `${agentName} ${availability === 'AWAY' ? 'went away' : 'went offline'} without answering; back in the queue`,
  claimedForCustomer: (agentName: string) => `${agentName} from our team has joined the conversation.`,
  releasedForAgents: (agentName: string) => `${agentName} handed the conversation back to the AI`,
  releasedForCustomer: (agentName: string) => `${agentName} has handed you back to our AI assistant.`,
  transferred: (from: string, to: string) => `Transferred from ${from} to ${to}`,
  transferredForCustomer: (to: string) => `${to} from our team is taking over the conversation.`,
  resolvedBy: (by: 'agent' | 'customer' | 'system', agentName: string | null) =>
    by === 'agent' ? `Resolved by ${agentName ?? 'an agent'}` : by === 'customer' ? 'Resolved by the customer' : 'Resolved automatically',
  closedForInactivity: (minutes: number) => `Closed after ${minutes} minutes without messages`,
  reopened: 'Reopened: the customer wrote again',
  answerConfirmed: 'Resolved: the customer said the AI’s answer helped',
  emailThanks: (email: string) => `Thanks! We'll reply to ${email}.`,
} as const;
