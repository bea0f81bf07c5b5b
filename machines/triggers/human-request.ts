import { z } from 'zod';
import { score } from './trigger-params';
import { suggestedLeaving, whileAiAnswers } from './placement-rules';
import type { TriggerDefinition } from './trigger-definition';

const schema = z.strictObject({ minScore: score('minScore').optional() });

/** The customer asks for a person, in any of many phrasings (machines/detectors/human-request.ts). */
export const humanRequest: TriggerDefinition<typeof schema> = {
  params: schema,
  defaults: {},
  event: 'ANALYSIS_READY',
  guard:
    (params) =>
    ({ event }) =>
      event.type === 'ANALYSIS_READY' && event.analysis.asksForHuman && event.analysis.humanRequestScore >= (params.minScore ?? 0),
  placement: { misplaced: whileAiAnswers, suggestedFor: suggestedLeaving(['ai']) },
  wording: {
    description: 'the customer asked for a person',
    cause: () => 'the customer asked for one',
    headline: () => 'Customer asked for a person',
    audit: 'the customer asked for a person',
    handoff: 'the customer asked to talk to a person',
  },
  form: {
    fields: {
      minScore: {
        input: 'number',
        label: 'Minimum score (optional)',
        step: 0.05,
        hint: 'Leave empty to trust the detector; 0–1, higher asks for more certainty.',
      },
    },
  },
};
