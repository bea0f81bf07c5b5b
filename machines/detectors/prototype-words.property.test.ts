import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeCustomerMessage } from './analyze-customer-message';
import { canonicalWords } from './canonical-words';
import { matchKeywords } from './keywords';
import { hostileMessage, hostileWord, OBJECT_MEMBER_NAMES, OBJECT_PROTOTYPE_NAMES } from '../../test/support/hostile-text';

/**
 * Customer text is looked up in tables (shorthand, typo targets, phrase lists). A word that is
 * also a member of every JavaScript object ("constructor", "__proto__", "toString") must be just
 * a word: found nowhere, never thrown on, never hiding a request for a person.
 */
describe('customer words named like object members', () => {
  test('"I need a human constructor" is a request for a person, as is every Object.prototype name after it', () => {
    assert.equal(analyzeCustomerMessage('I need a human constructor').asksForHuman, true);
    for (const name of OBJECT_PROTOTYPE_NAMES) {
      assert.equal(analyzeCustomerMessage(`I need a human ${name}`).asksForHuman, true, name);
      assert.equal(analyzeCustomerMessage(`${name}. Talk to a human please`).asksForHuman, true, name);
      assert.deepEqual(canonicalWords([name.toLowerCase()]), [name.toLowerCase()], `${name} is not shorthand for anything`);
    }
  });

  test('no message of hostile words throws, and the analysis stays well-formed', () => {
    fc.assert(
      fc.property(hostileMessage, fc.array(hostileMessage, { maxLength: 3 }), (text, earlier) => {
        const analysis = analyzeCustomerMessage(text, earlier);
        assert.equal(typeof analysis.asksForHuman, 'boolean');
        assert.ok(analysis.humanRequestScore >= 0 && analysis.humanRequestScore <= 1);
        assert.ok(analysis.frustration >= 0 && analysis.frustration <= 1);
        assert.ok(analysis.signals.every((signal) => typeof signal === 'string'));
      }),
      { numRuns: 400 },
    );
  });

  test('a request for a person is still heard with hostile words around it', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...OBJECT_MEMBER_NAMES), { maxLength: 4 }), (noise) => {
        const text = `${noise.join(' ')}. I want to talk to a human. ${noise.join(' ')}`;
        assert.equal(analyzeCustomerMessage(text).asksForHuman, true, text);
      }),
      { numRuns: 100 },
    );
  });

  test('keyword matching finds only what the admin listed, whatever the words', () => {
    fc.assert(
      fc.property(hostileMessage, fc.array(hostileWord, { minLength: 1, maxLength: 5 }), (text, keywords) => {
        const matched = matchKeywords(text, keywords);
        assert.ok(matched.every((keyword) => keywords.includes(keyword)));
      }),
      { numRuns: 300 },
    );
    assert.deepEqual(matchKeywords('my constructor broke, refund please', ['constructor', 'toString', 'refund*']), ['constructor', 'refund*']);
  });
});
