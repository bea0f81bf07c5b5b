import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { startConversation } from './conversation-runtime';
import { playCustomerTurn, type TurnThinking } from './customer-turn';
import { defaultFlow } from './default-flow';
import { analysis, minutesIn } from './test-support';

/** Thinking that counts what it was asked for. */
function thinking(answer: { confidence: number; abstain: boolean }, analysed = analysis()) {
  const asked: string[] = [];
  const think: TurnThinking = {
    analyze: (message) => (asked.push(`analyze ${message.messageId}`), analysed),
    answer: (message) => (asked.push(`answer ${message.messageId}`), answer),
  };
  return { asked, think };
}

describe('one customer turn', () => {
  const started = startConversation(defaultFlow, { conversationId: 'turn-1', at: minutesIn(0) });
  const message = { messageId: 'm1', text: 'How do I export my data?', at: minutesIn(1) };

  test('a question is analysed, then answered, and the answer goes out', () => {
    const { asked, think } = thinking({ confidence: 0.9, abstain: false });
    const turn = playCustomerTurn(defaultFlow, started.snapshot, message, think);
    assert.deepEqual(asked, ['analyze m1', 'answer m1']);
    assert.equal(turn.steps.length, 3);
    assert.equal(turn.last, turn.answered?.step);
    assert.ok(turn.last.actions.some((action) => action.type === 'deliverAnswer'));
    assert.ok(!turn.steps.some((step) => step.actions.some((action) => action.type === 'escalate')));
  });

  test('a customer who asks for a person is never answered: the turn ends at the analysis', () => {
    const { asked, think } = thinking({ confidence: 0.9, abstain: false }, analysis({ asksForHuman: true, humanRequestScore: 1, signals: ['asks-for-human'] }));
    const turn = playCustomerTurn(defaultFlow, started.snapshot, { ...message, text: 'Let me talk to a person' }, think);
    assert.deepEqual(asked, ['analyze m1']);
    assert.equal(turn.answered, null);
    assert.equal(turn.last.view.status, 'AWAITING_HUMAN');
  });

  test('while a person holds the conversation, the message asks for no thinking at all', () => {
    const escalated = playCustomerTurn(defaultFlow, started.snapshot, message, thinking({ confidence: 0, abstain: true }).think).last;
    assert.equal(escalated.view.status, 'AWAITING_HUMAN');
    const { asked, think } = thinking({ confidence: 0.9, abstain: false });
    const turn = playCustomerTurn(defaultFlow, escalated.snapshot, { ...message, messageId: 'm2', at: minutesIn(2) }, think);
    assert.deepEqual(asked, []);
    assert.deepEqual(turn.steps, [turn.message]);
    assert.equal(turn.analyzed, null);
  });
});
