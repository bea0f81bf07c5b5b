import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { detectFrustration } from './frustration';

const FRUSTRATED = 0.7;

describe('detectFrustration', () => {
  const frustrated: Array<[string, string[], string]> = [
    ['This is useless.', [], 'insulting the answer'],
    ['I am so angry right now', [], 'saying so'],
    ['WHY IS MY ACCOUNT LOCKED AGAIN', [], 'shouting'],
    ['wtf is going on with my order', [], 'profanity'],
    ['Thanks for nothing.', [], 'sarcasm'],
    ['This is ridiculous!!!', [], 'a verdict and repeated punctuation'],
    ['How do I export my data?', ['How do I export my data?', 'how do i export my data'], 'asking the same question a third time'],
  ];
  for (const [text, recent, cue] of frustrated) {
    test(`scores "${text}" as frustrated (${cue})`, () => {
      const { score, signals } = detectFrustration(text, recent);
      assert.ok(score >= FRUSTRATED, `${score} ${JSON.stringify(signals)}`);
      assert.ok(score <= 1);
    });
  }

  const calm: Array<[string, string]> = [
    ["I'm not frustrated, just curious", 'a denial'],
    ['How do I handle angry customers in the inbox?', 'someone else’s feeling'],
    ["The 'useless' tag shows up twice", 'a quoted word'],
    ['OMG I love the new dashboard!!!', 'excitement'],
    ['How do I reset my password?', 'a plain question'],
    ['I hate to bother you, but where is the export button?', 'a polite idiom'],
    ['Sorry if I sounded angry earlier, all good now', 'a past feeling'],
    ['Can I get an invoice for the API usage?', 'acronyms are not shouting'],
  ];
  for (const [text, why] of calm) {
    test(`scores "${text}" below the frustration threshold (${why})`, () => {
      const { score, signals } = detectFrustration(text, []);
      assert.ok(score < FRUSTRATED, `${score} ${JSON.stringify(signals)}`);
    });
  }

  test('asking the same question once more raises the score, even when calm', () => {
    const first = detectFrustration('How do I change my billing email?', []).score;
    const again = detectFrustration('How do I change my billing email?', ['how do i change my billing email']).score;
    assert.ok(again > first);
  });
});
