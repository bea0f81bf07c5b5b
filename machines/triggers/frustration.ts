import { z } from 'zod';
import { score } from './trigger-params';
import { whileAiAnswers } from './placement-rules';
import type { TriggerDefinition } from './trigger-definition';

const schema = z.strictObject({ threshold: score('threshold') });

/** The customer's frustration score (machines/detectors/frustration.ts) reaches a threshold. */
export const frustration: TriggerDefinition<typeof schema> = {
  params: schema,
  defaults: { threshold: 0.7 },
  event: 'ANALYSIS_READY',
  guard:
    (params) =>
    ({ event }) =>
      event.type === 'ANALYSIS_READY' && event.analysis.frustration >= params.threshold,
  placement: { misplaced: whileAiAnswers },
  wording: {
    description: 'the customer is frustrated',
    cause: () => 'the customer seems frustrated',
    headline: () => 'Customer seems frustrated',
    audit: 'the customer seemed frustrated',
    handoff: 'the customer seemed frustrated',
  },
  form: {
    fields: {
      threshold: { input: 'number', label: 'Frustration threshold', step: 0.05, hint: 'Escalate when the frustration score reaches this (0–1).' },
    },
  },
};
