import { z } from 'zod';
import type { ConversationEvent } from '../conversation-events';
import type { ConversationContext } from '../conversation-context';
import { messages } from '../system-messages';
import { minutes } from './trigger-params';
import type { TriggerDefinition, EdgePlacement } from './trigger-definition';

const schema = z.strictObject({ minutes });

/** The note agents read when the conversation leaves its silent assignee. */
function whyNotAnswered(minutes: number, context: ConversationContext, event: ConversationEvent): string {
  const name = context.assignee?.name ?? 'The agent';
  return event.type === 'AGENT_UNAVAILABLE' ? messages.leftWithoutAnswering(name, event.availability) : messages.didNotAnswer(name, minutes);
}

/**
 * The assigned agent has not answered the customer within N minutes of being given the
 * conversation or of the customer's last message, or went away or offline without ever
 * answering: the conversation goes back to the queue, and routing offers it to someone else.
 */
export const agentNoReply: TriggerDefinition<typeof schema> = {
  params: schema,
  defaults: { minutes: 10 },
  event: 'TIMER_FIRED',
  // Counts from the assignment or the customer's latest message; the guard decides whether a reply is still owed.
  timer: { delayMs: (params) => Math.round(params.minutes * 60_000), restartsOnActivity: true, restartsOnTransfer: true },
  guard: () => 'assigneeOwesReply',
  alsoFiresOn: { event: 'AGENT_UNAVAILABLE', guard: () => 'assigneeLeftWithoutReplying' },
  effects: (params) => [
    'rememberRequeuedFrom',
    { type: 'postSystemMessage', params: ({ context, event }) => ({ text: whyNotAnswered(params.minutes, context, event), audience: 'agents' }) },
  ],
  placement: {
    misplaced: ({ source, target, nodeName }: EdgePlacement) => [
      ...(source.kind !== 'human' ? [`only an assigned agent can fail to answer, but the edge leaves ${source.kind} ${nodeName(source)}`] : []),
      ...(target.kind !== 'queue'
        ? [`a conversation nobody answered goes back to the queue, so the edge must lead to a queue node, not ${target.kind} ${nodeName(target)}`]
        : []),
    ],
    // Each edge runs its own timer: no race.
    raceKey: (edgeId) => edgeId,
  },
  wording: {
    description: 'the assigned agent did not answer',
    cause: () => 'the assigned agent did not answer in time',
    headline: () => 'The assigned agent did not answer',
    audit: 'the assigned agent did not answer the customer in time',
    handoff: 'the agent it was assigned to did not answer in time',
  },
  form: {
    fields: {
      minutes: {
        input: 'number',
        label: 'Minutes without an answer',
        step: 1,
        hint: 'Fires when the assigned agent has not answered this long after getting the conversation or after the customer’s last message.',
      },
    },
  },
};
