import { z } from 'zod';
import { count } from './trigger-params';
import { whileAiAnswers } from './placement-rules';
import type { TriggerDefinition } from './trigger-definition';

const schema = z.strictObject({ count: count('count') });

/** The customer said N times that the AI's answer did not help: in words (machines/detectors/not-helpful.ts) or with "No" under an answer. */
export const failedAnswers: TriggerDefinition<typeof schema> = {
  params: schema,
  defaults: { count: 2 },
  event: 'ANALYSIS_READY',
  // Counts the message being analysed, so "two 'that didn't help'" fires on the second one.
  guard:
    (params) =>
    ({ context, event }) =>
      event.type === 'ANALYSIS_READY' && context.failedAnswers + (event.analysis.saysNotHelpful ? 1 : 0) >= params.count,
  // "No" under an AI answer counts as one more answer that did not help.
  alsoFiresOn: {
    event: 'ANSWER_RATED',
    guard:
      (params) =>
      ({ context, event }) =>
        event.type === 'ANSWER_RATED' && !event.helpful && context.failedAnswers + 1 >= params.count,
  },
  placement: { misplaced: whileAiAnswers },
  wording: {
    description: 'the AI’s answers did not help',
    cause: (params) => `the customer said ${params.count} AI answers did not help`,
    headline: (params) => `Customer said ${params.count} AI answers did not help`,
    audit: 'the customer said the AI’s answers did not help',
    handoff: "the AI's answers didn't resolve the question",
  },
  form: {
    fields: { count: { input: 'number', label: 'Unhelpful answers', step: 1, hint: 'Escalate after this many “that didn’t help” replies.' } },
  },
};
