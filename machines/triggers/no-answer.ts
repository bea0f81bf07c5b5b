import { z } from 'zod';
import { score } from './trigger-params';
import { whileAiAnswers } from './placement-rules';
import type { TriggerDefinition } from './trigger-definition';

const schema = z.strictObject({ threshold: score('threshold') });

/** The retrieval or the model is not confident enough, or the answerer abstained. */
export const noAnswer: TriggerDefinition<typeof schema> = {
  params: schema,
  defaults: { threshold: 0.35 },
  event: 'ANSWER_READY',
  guard:
    (params) =>
    ({ event }) =>
      event.type === 'ANSWER_READY' && (event.abstain || event.confidence < params.threshold),
  placement: { misplaced: whileAiAnswers },
  wording: {
    description: 'the AI had no confident answer',
    cause: () => 'the AI had no confident answer',
    headline: () => 'The AI had no confident answer',
    audit: 'the AI had no confident answer',
    handoff: "the AI couldn't find a confident answer in the help centre",
  },
  form: {
    fields: {
      threshold: {
        input: 'number',
        label: 'Confidence threshold',
        step: 0.05,
        hint: 'Escalate when the AI’s confidence is below this (0–1) or it abstains.',
      },
    },
  },
};
