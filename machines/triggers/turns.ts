import { z } from 'zod';
import { count } from './trigger-params';
import { whileAiAnswers } from './placement-rules';
import type { TriggerDefinition } from './trigger-definition';

const schema = z.strictObject({ count: count('count') });

/** Complexity: the customer has written more than `count` messages since the AI took over. */
export const turns: TriggerDefinition<typeof schema> = {
  params: schema,
  defaults: { count: 10 },
  event: 'ANALYSIS_READY',
  // "More than N customer turns": fires on turn N + 1.
  guard:
    (params) =>
    ({ context }) =>
      context.turns > params.count,
  placement: { misplaced: whileAiAnswers },
  wording: {
    description: 'the conversation ran long',
    cause: (params) => `the conversation ran past ${params.count} customer messages`,
    audit: 'the conversation ran long',
    handoff: 'the conversation went on for many turns without a resolution',
  },
  form: {
    fields: { count: { input: 'number', label: 'Customer messages', step: 1, hint: 'Escalate when the customer has written more than this many messages.' } },
  },
};
