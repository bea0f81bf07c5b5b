import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { detectHumanRequest } from './human-request';

describe('detectHumanRequest', () => {
  const requests: Array<[string, string]> = [
    ['speak to a human', 'plain'],
    ['can I talk to someone real', 'plain'],
    ['agent please', 'a two-word plea'],
    ['Representative', 'one word'],
    ['HUMAN!!!', 'shouted'],
    ['I need to speak with a representative about my bill', 'in a sentence'],
    ['Could you transfer me to a live agent?', 'routing'],
    ['Is there a person I can talk to?', 'a question'],
    ["I don't want to talk to a bot", 'refusing the bot'],
    ['Please have someone call me back', 'a callback'],
    ['real human needed', 'no verb'],
    ['spek to a humna', 'typos'],
    ['cn i tlk to an agnet pls', 'shorthand and typos'],
    ['talk 2 a human', 'a digit for "to"'],
    ['humaaaan', 'elongated'],
    ['Je voudrais parler à un conseiller', 'French'],
    ['Quiero hablar con una persona', 'Spanish'],
    ['Ich möchte mit einem Menschen sprechen', 'German'],
    ['Quero falar com um atendente', 'Portuguese'],
    ['Vorrei parlare con un operatore', 'Italian'],
    ['Kan ik een medewerker spreken?', 'Dutch'],
  ];
  for (const [text, kind] of requests) {
    test(`hears a request for a person in "${text}" (${kind})`, () => {
      const result = detectHumanRequest(text);
      assert.equal(result.asksForHuman, true, JSON.stringify(result));
      assert.ok(result.score >= 0.5 && result.score <= 1);
      assert.ok(result.signals.length > 0, 'says why');
    });
  }

  const notRequests: Array<[string, string]> = [
    ['How do I add a human-readable name to my API key?', 'a compound word'],
    ["I'm not frustrated, just curious", 'no person at all'],
    ['How many agents can I add on the starter plan?', 'agents as seats'],
    ['How do I transfer a chat to a human agent in the dashboard?', 'a how-to about the product'],
    ['I need to speak with my manager before upgrading', 'their own manager'],
    ['I talked to an agent yesterday and she said it was fixed', 'a past contact'],
    ["I don't need a human, just resend the invoice", 'denied'],
    ['Is there a person limit on the team plan?', 'a product limit'],
    ['Are you a bot?', 'curiosity'],
    ['What does the "talk to a human" button do?', 'a quoted label'],
    ['The customer said they wanted a human but the chat stayed with the bot', 'an agent reporting'],
    ['Human resources needs our invoices', 'a department of the customer'],
  ];
  for (const [text, kind] of notRequests) {
    test(`does not hear a request for a person in "${text}" (${kind})`, () => {
      const result = detectHumanRequest(text);
      assert.equal(result.asksForHuman, false, JSON.stringify(result));
    });
  }

  test('names the phrase it recognised', () => {
    assert.ok(detectHumanRequest('Can I talk to a human?').signals.includes('phrase:"talk to a human"'));
  });
});
