import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { matchKeywords } from './keywords';

const WATCHED = ['refund', 'chargeback', 'lawyer', 'legal', 'cancel my account'];

describe('matchKeywords', () => {
  const cases: Array<[string, string[], string[]]> = [
    ['I want a refund', WATCHED, ['refund']],
    ['REFUND NOW', WATCHED, ['refund']],
    ['How do refunds work?', WATCHED, ['refund']],
    ['I filed two chargebacks', WATCHED, ['chargeback']],
    ['Please cancel my account today', WATCHED, ['cancel my account']],
    ['please cancel  my\naccount', WATCHED, ['cancel my account']],
    ["cancel my account's renewal", WATCHED, ['cancel my account']],
    ['My lawyer says this is not legal', WATCHED, ['lawyer', 'legal']],
    ['Is the paralegal plan available?', WATCHED, []],
    ['The refundable deposit', WATCHED, []],
    ['I will cancel my subscription', WATCHED, []],
    ['Mon avocat vous contactera', ['avocat'], ['avocat']],
    ['Je veux être remboursé', ['rembourse'], ['rembourse']],
    ['Quiero un reembolso', ['REEMBOLSO'], ['REEMBOLSO']],
    ['They refunded me twice', ['refund*'], ['refund*']],
    ['refund', [' refund '], [' refund ']],
    ['anything', ['', '  '], []],
  ];
  for (const [text, keywords, expected] of cases) {
    test(`finds ${JSON.stringify(expected)} in ${JSON.stringify(text)}`, () => {
      assert.deepEqual(matchKeywords(text, keywords), expected);
    });
  }

  test('returns matches in the admin’s order, once each', () => {
    assert.deepEqual(matchKeywords('legal lawyer legal', ['legal', 'lawyer', 'legal']), ['legal', 'lawyer']);
  });
});
