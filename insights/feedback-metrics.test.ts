import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { answersRatedNotHelpful, confirmedAutomated, csatBreakdown, csatOf, type AnswerRatingFact } from './feedback-metrics';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 2, 10, minute));
const reset = { title: 'Reset your password', url: 'https://help.example/reset' };
const rating = (conversationId: string, helpful: boolean, answerText: string, minute: number, citations = [reset]): AnswerRatingFact => ({
  conversationId,
  helpful,
  answerText,
  citations: citations.map((citation) => ({ articleId: 'a1', ...citation })),
  at: at(minute),
});

describe('feedback metrics', () => {
  test('confirmed automation: automated conversations with a "Yes", each counted once', () => {
    const ratings = [rating('c1', true, 'A', 1), rating('c1', true, 'B', 2), rating('c2', false, 'A', 3), rating('c3', true, 'A', 4)];
    assert.equal(confirmedAutomated(new Set(['c1', 'c2']), ratings), 1);
    assert.equal(confirmedAutomated(new Set(), ratings), 0);
  });

  test('answers rated "No" are grouped by text (spacing and case aside), most "No"s first, with their "Yes"es and citations', () => {
    const other = { title: 'Billing', url: '' };
    const ratings = [
      rating('c1', false, 'Go to Settings.', 1),
      rating('c2', false, '  go to   settings. ', 5, [other]),
      rating('c3', true, 'Go to Settings.', 3),
      rating('c4', false, 'Ask billing.', 9),
      rating('c5', true, 'Only ever helpful.', 2),
    ];
    assert.deepEqual(answersRatedNotHelpful(ratings), [
      {
        answer: 'Go to Settings.',
        notHelpful: 2,
        helpful: 1,
        citations: [
          { title: 'Reset your password', url: 'https://help.example/reset' },
          { title: 'Billing', url: null },
        ],
        lastRatedAt: at(5).toISOString(),
      },
      {
        answer: 'Ask billing.',
        notHelpful: 1,
        helpful: 0,
        citations: [{ title: 'Reset your password', url: 'https://help.example/reset' }],
        lastRatedAt: at(9).toISOString(),
      },
    ]);
  });

  test('only ratings inside the range count, and at most ten answers are listed', () => {
    const ratings = Array.from({ length: 14 }, (_, index) => rating(`c${index}`, false, `Answer ${index}`, index));
    const listed = answersRatedNotHelpful(ratings, { from: at(2), to: at(13) });
    assert.equal(listed.length, 10);
    assert.equal(listed[0]!.answer, 'Answer 12');
    assert.ok(!listed.some((answer) => answer.answer === 'Answer 1' || answer.answer === 'Answer 13'));
  });

  test('CSAT: average, share of 4s and 5s, count; nulls without ratings', () => {
    assert.deepEqual(csatOf([]), { average: null, satisfiedRate: null, count: 0 });
    assert.deepEqual(csatOf([5, 4, 1, 2]), { average: 3, satisfiedRate: 0.5, count: 4 });
  });

  test('CSAT splits AI-only from handed-off conversations and groups by agent name', () => {
    const csat = (score: number, agentId: string | null, handedOff: boolean) => ({ csat: { score, comment: null, at: at(0), agentId, handedOff } });
    const breakdown = csatBreakdown(
      [csat(5, null, false), csat(3, null, false), csat(4, 'u1', true), csat(2, 'u2', true), csat(5, 'u1', true), csat(1, null, true), {}],
      new Map([['u1', 'Sam Agent']]),
    );
    assert.deepEqual(breakdown.overall, { average: 20 / 6, satisfiedRate: 3 / 6, count: 6 });
    assert.deepEqual(breakdown.aiOnly, { average: 4, satisfiedRate: 0.5, count: 2 });
    assert.deepEqual(breakdown.handedOff, { average: 3, satisfiedRate: 0.5, count: 4 });
    assert.deepEqual(breakdown.byAgent, [
      { label: 'Sam Agent', csat: { average: 4.5, satisfiedRate: 1, count: 2 } },
      { label: 'u2', csat: { average: 2, satisfiedRate: 0, count: 1 } },
    ]);
  });
});
