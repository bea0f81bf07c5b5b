import { z } from 'zod';
import { matchKeywords } from '../detectors/keywords';
import { whileAiAnswers } from './placement-rules';
import type { TriggerDefinition } from './trigger-definition';

const mentioned = (keywords: string[], customerText: string | null) =>
  (customerText === null ? [] : matchKeywords(customerText, keywords)).map((keyword) => `"${keyword}"`).join(', ');

const schema = z.strictObject({
  keywords: z
    .array(z.string().trim().min(1, { error: 'a keyword cannot be empty' }), { error: 'keywords must be a list of words or phrases' })
    .min(1, { error: 'list at least one keyword' }),
});

/** The customer used a word or phrase from the admin's list (refund, lawyer, billing dispute). */
export const keyword: TriggerDefinition<typeof schema> = {
  params: schema,
  defaults: { keywords: ['refund'] },
  event: 'ANALYSIS_READY',
  guard:
    (params) =>
    ({ context }) =>
      context.lastCustomerMessage !== null && matchKeywords(context.lastCustomerMessage.text, params.keywords).length > 0,
  placement: { misplaced: whileAiAnswers },
  wording: {
    description: 'the customer used a watched keyword',
    cause: (params, customerText) => {
      const matched = mentioned(params.keywords, customerText);
      return matched ? `the customer mentioned ${matched}` : 'the customer used a watched keyword';
    },
    headline: (params, customerText) => {
      const matched = mentioned(params.keywords, customerText);
      return matched ? `Customer mentioned ${matched}` : 'Customer used a watched keyword';
    },
    audit: 'the customer used a watched keyword',
    handoff: 'the customer used a word that always goes to a person',
  },
  form: {
    fields: {
      keywords: {
        input: 'words',
        label: 'Keywords',
        item: 'keyword',
        hint: 'The conversation escalates when the customer writes any of these words or phrases.',
        placeholder: 'e.g. invoice',
      },
    },
  },
};
