import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { detectNotHelpful } from './not-helpful';

describe('detectNotHelpful', () => {
  const unhelpful = [
    "That didn't help.",
    'that did not help at all',
    "No, that's not what I asked.",
    'Not helpful.',
    "You didn't answer my question",
    'I already tried that',
    'Still not working after a restart',
    "That didn't work either",
    'wrong answer',
    'Eso no me ayudó',
    "Ça n'aide pas",
    'Das hilft mir nicht',
  ];
  for (const text of unhelpful) {
    test(`hears "${text}" as feedback that the answer failed`, () => {
      assert.equal(detectNotHelpful(text, ['earlier question']).saysNotHelpful, true);
    });
  }

  const fine = ['Thanks, that helped!', 'How do I reset my password?', 'That worked, thank you', 'Can you help me with billing?'];
  for (const text of fine) {
    test(`does not hear "${text}" as a failed answer`, () => {
      assert.equal(detectNotHelpful(text, ['earlier question']).saysNotHelpful, false);
    });
  }

  test('reads "it doesn’t work" as a new problem in a first message, and as feedback after an answer', () => {
    assert.equal(detectNotHelpful("It doesn't work", []).saysNotHelpful, false);
    assert.equal(detectNotHelpful("It doesn't work", ['How do I connect Slack?']).saysNotHelpful, true);
  });
});
