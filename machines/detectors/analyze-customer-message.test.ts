import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { MessageAnalysisSchema } from '../message-analysis';
import { analyzeCustomerMessage } from './analyze-customer-message';

describe('analyzeCustomerMessage', () => {
  test('combines the detectors into the analysis the guards read, with readable signals', () => {
    const analysis = analyzeCustomerMessage('This is useless, get me a human NOW!!!', ['How do I export?']);
    MessageAnalysisSchema.parse(analysis);
    assert.equal(analysis.asksForHuman, true);
    assert.ok(analysis.frustration >= 0.7);
    assert.ok(analysis.signals.some((signal) => signal.startsWith('phrase:')));
    assert.ok(analysis.signals.some((signal) => signal.startsWith('insult:')));
  });

  test('returns a calm, empty analysis for an ordinary question', () => {
    assert.deepEqual(analyzeCustomerMessage('Where can I download my invoices?', []), {
      asksForHuman: false,
      humanRequestScore: 0,
      frustration: 0,
      saysNotHelpful: false,
      signals: [],
    });
  });

  test('notices "that didn’t help" as feedback on the previous answer', () => {
    assert.equal(analyzeCustomerMessage("That didn't help.", ['How do I export?']).saysNotHelpful, true);
  });
});
