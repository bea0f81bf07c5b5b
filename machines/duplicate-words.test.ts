import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { describeDuplicates, duplicatesWithin, splitNewWords } from './duplicate-words';

describe('duplicate keywords', () => {
  test('"Refund" typed next to "refund" is a duplicate, whatever the case or spaces', () => {
    assert.deepEqual(splitNewWords(['refund', 'legal'], ' Refund , invoice'), {
      added: ['invoice'],
      duplicates: [{ word: 'Refund', sameAs: 'refund' }],
    });
  });

  test('a word typed twice in one go is added once', () => {
    assert.deepEqual(splitNewWords([], 'Invoice, invoice ,INVOICE'), {
      added: ['Invoice'],
      duplicates: [
        { word: 'invoice', sameAs: 'Invoice' },
        { word: 'INVOICE', sameAs: 'Invoice' },
      ],
    });
  });

  test('a list that already repeats itself (a flow saved elsewhere) is reported', () => {
    assert.deepEqual(duplicatesWithin(['refund', 'legal', ' REFUND']), [{ word: 'REFUND', sameAs: 'refund' }]);
    assert.deepEqual(duplicatesWithin(['refund', 'refunds']), []);
  });

  test('the warning names each repeat and the entry it repeats', () => {
    assert.equal(describeDuplicates([{ word: 'Refund', sameAs: 'refund' }], 'keyword'), 'Duplicate keyword: “Refund” is the same as “refund”.');
    assert.equal(
      describeDuplicates(
        [
          { word: 'refund', sameAs: 'refund' },
          { word: 'LEGAL', sameAs: 'legal' },
        ],
        'keyword',
      ),
      'Duplicate keywords: “refund” is already in the list; “LEGAL” is the same as “legal”.',
    );
  });
});
