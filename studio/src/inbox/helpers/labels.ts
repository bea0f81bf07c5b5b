import type { ConversationStatus, Priority } from '../../gql/graphql';

export const STATUS_LABEL: Record<ConversationStatus, string> = {
  AI_ANSWERING: 'AI answering',
  AWAITING_HUMAN: 'Waiting for a person',
  HUMAN_ACTIVE: 'With an agent',
  RESOLVED: 'Resolved',
};

export const STATUS_TONE: Record<ConversationStatus, string> = {
  AI_ANSWERING: 'plain',
  AWAITING_HUMAN: 'warn',
  HUMAN_ACTIVE: 'good',
  RESOLVED: 'plain',
};

export const PRIORITY_TONE: Record<Priority, string> = { LOW: 'plain', NORMAL: 'plain', HIGH: 'warn', URGENT: 'bad' };

export const PRIORITIES: Priority[] = ['LOW', 'NORMAL', 'HIGH', 'URGENT'];
