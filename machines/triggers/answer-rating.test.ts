import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultFlow as DEFAULT_FLOW } from '../default-flow';
import { ConversationDriver, analysis, flowEdge, flowWith } from '../test-support';

/** The customer's "Did that help?" under an AI answer, as the machine takes it (ANSWER_RATED). */
describe('answer ratings', () => {
  test('"No" counts like "that didn’t help" in words: words and buttons together reach failed_answers', () => {
    const conversation = new ConversationDriver(flowWith([flowEdge('failed', 'ai', 'queue', 'failed_answers', { count: 3 })]));
    conversation.customerSays('How do I export?');
    conversation.send({ type: 'ANSWER_RATED', entryId: 'a1', helpful: false });
    assert.equal(conversation.last.view.failedAnswers, 1);
    assert.equal(conversation.state, 'ai');
    conversation.customerSays('nope', { analysis: analysis({ saysNotHelpful: true }) });
    assert.equal(conversation.last.view.failedAnswers, 2);
    conversation.send({ type: 'ANSWER_RATED', entryId: 'a2', helpful: false });
    assert.equal(conversation.state, 'queue');
    assert.equal(conversation.last.view.escalation?.reason, 'failed_answers');
  });

  test('on the default flow, two "No"s escalate via failed_answers and "Yes" resolves as answered', () => {
    const unhappy = new ConversationDriver(DEFAULT_FLOW);
    unhappy.customerSays('How do I reset my password?');
    unhappy.send({ type: 'ANSWER_RATED', entryId: 'a1', helpful: false });
    assert.equal(unhappy.state, 'aiAnswering');
    unhappy.send({ type: 'ANSWER_RATED', entryId: 'a2', helpful: false });
    assert.equal(unhappy.state, 'awaitingHuman');
    assert.equal(unhappy.last.view.escalation?.reason, 'failed_answers');

    const happy = new ConversationDriver(DEFAULT_FLOW);
    happy.customerSays('How do I reset my password?');
    const step = happy.send({ type: 'ANSWER_RATED', entryId: 'a1', helpful: true });
    assert.equal(happy.state, 'resolved');
    const notes = step.actions.filter((action) => action.type === 'postSystemMessage').map((action) => ('text' in action ? action.text : ''));
    assert.deepEqual(notes, ['Resolved: the customer said the AI’s answer helped']);
  });

  test('a rating once a person is involved moves nothing, and "Yes" does not close a conversation the customer waits on', () => {
    const conversation = new ConversationDriver(DEFAULT_FLOW);
    conversation.customerSays('I want to talk to a human');
    assert.equal(conversation.state, 'awaitingHuman');
    const yes = conversation.send({ type: 'ANSWER_RATED', entryId: 'a1', helpful: true });
    assert.equal(conversation.state, 'awaitingHuman');
    assert.match(yes.ignored?.reason ?? '', /where the AI is not answering/);
  });

  test('"Yes" only resolves through a resolve edge the customer may use', () => {
    const agentsOnly = flowWith([flowEdge('ai-done', 'ai', 'done', 'resolve', { by: ['agent'] })]);
    const conversation = new ConversationDriver(agentsOnly);
    conversation.customerSays('How do I export?');
    conversation.send({ type: 'ANSWER_RATED', entryId: 'a1', helpful: true });
    assert.equal(conversation.state, 'ai');
  });
});
