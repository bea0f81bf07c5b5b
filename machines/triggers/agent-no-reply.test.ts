import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { canApply } from '../conversation-runtime';
import { ConversationDriver, flowEdge, flowNode, flowWith } from '../test-support';
import { validateFlow } from '../validate-flow';

/** The test flow: the customer presses "escalate", agents claim from the queue, and owe an answer within 10 minutes. */
const flow = flowWith([flowEdge('no-reply', 'human', 'queue', 'agent_no_reply', { minutes: 10 }, { priority: 30 })]);

/** A conversation Ada claimed at minute 1, after the customer's message at minute 0. */
function claimedByAda() {
  const conversation = new ConversationDriver(flow);
  conversation.send({ type: 'CUSTOMER_MESSAGE', messageId: 'm1', text: 'my invoice is wrong' });
  conversation.send({ type: 'CUSTOMER_ACTION', action: 'escalate' });
  conversation.wait(1).send({ type: 'AGENT_CLAIM', agentId: 'ada', agentName: 'Ada' });
  return conversation;
}

const fireNoReply = (conversation: ConversationDriver) => conversation.send({ type: 'TIMER_FIRED', timerId: conversation.timerOf('no-reply')! });

describe('agent_no_reply', () => {
  test('starts a timer of its minutes when an agent is given the conversation', () => {
    const conversation = claimedByAda();
    assert.deepEqual(conversation.last.actions.at(-1), { type: 'startTimer', timerId: conversation.timerOf('no-reply')!, delayMs: 10 * 60_000 });
    assert.equal(conversation.last.view.agentReplied, false);
  });

  test('puts a conversation the agent has not answered back in the queue after the minutes, naming the agent', () => {
    const conversation = claimedByAda();
    const requeued = fireNoReply(conversation.wait(10));
    assert.equal(conversation.state, 'queue');
    assert.equal(requeued.transition?.triggerType, 'agent_no_reply');
    assert.equal(requeued.view.assignee, null);
    assert.equal(requeued.view.requeuedFrom, 'ada');
    assert.equal(requeued.view.status, 'AWAITING_HUMAN');
    assert.ok(
      requeued.actions.some(
        (action) =>
          action.type === 'postSystemMessage' && action.audience === 'agents' && action.text === 'Ada did not answer within 10 minutes; back in the queue',
      ),
    );
    assert.ok(requeued.actions.some((action) => action.type === 'notifyAgents' && /^Back in the queue because/.test(action.reason)));
    assert.deepEqual(conversation.snapshot.context.timers, {}, 'the fired timer is spent');
  });

  test('an agent who answered keeps the conversation: the due timer is spent without moving it', () => {
    const conversation = claimedByAda();
    const replied = conversation.wait(3).send({ type: 'AGENT_MESSAGE', agentId: 'ada', messageId: 'a1' });
    assert.equal(replied.view.agentReplied, true);
    const due = fireNoReply(conversation.wait(10));
    assert.equal(due.ignored, null);
    assert.equal(due.transition, null);
    assert.deepEqual(due.actions, []);
    assert.equal(conversation.state, 'human');
    assert.equal(conversation.timerOf('no-reply'), undefined, 'nothing runs until the customer writes again');
    assert.deepEqual(conversation.last.view.assignee, { id: 'ada', name: 'Ada' });
  });

  test('a customer message starts the time to answer again, and the earlier timer no longer counts', () => {
    const conversation = claimedByAda();
    conversation.wait(3).send({ type: 'AGENT_MESSAGE', agentId: 'ada', messageId: 'a1' });
    const before = conversation.timerOf('no-reply')!;
    const wrote = conversation.wait(5).send({ type: 'CUSTOMER_MESSAGE', messageId: 'm2', text: 'still broken' });
    const restarted = conversation.timerOf('no-reply')!;
    assert.notEqual(restarted, before);
    assert.deepEqual(wrote.actions, [
      { type: 'cancelTimer', timerId: before },
      { type: 'startTimer', timerId: restarted, delayMs: 10 * 60_000 },
    ]);
    const stale = conversation.wait(5).send({ type: 'TIMER_FIRED', timerId: before });
    assert.match(stale.ignored?.reason ?? '', /is not running any more/);
    // Ten minutes after the customer's message, with no answer since: back to the queue.
    fireNoReply(conversation.wait(5));
    assert.equal(conversation.state, 'queue');
    assert.equal(conversation.last.view.requeuedFrom, 'ada');
  });

  test('the customer writing again after the agent’s answer means a reply is owed again', () => {
    const conversation = claimedByAda();
    conversation.wait(2).send({ type: 'AGENT_MESSAGE', agentId: 'ada', messageId: 'a1' });
    conversation.wait(1).send({ type: 'CUSTOMER_MESSAGE', messageId: 'm2', text: 'thanks, and one more thing' });
    // For routing, Ada has answered since she got it (she is not silent), though she owes another reply.
    assert.equal(conversation.last.view.agentReplied, true);
    fireNoReply(conversation.wait(10));
    assert.equal(conversation.state, 'queue');
    assert.equal(conversation.last.view.requeuedFrom, 'ada');
  });

  test('a transfer gives the new assignee the whole time, and they owe a reply even when the first agent answered', () => {
    const conversation = claimedByAda();
    conversation.wait(2).send({ type: 'AGENT_MESSAGE', agentId: 'ada', messageId: 'a1' });
    const transferred = conversation.wait(1).send({ type: 'AGENT_TRANSFER', agentId: 'ada', toAgentId: 'bob', toAgentName: 'Bob' });
    assert.equal(transferred.view.agentReplied, false);
    assert.deepEqual(transferred.actions.at(-1), { type: 'startTimer', timerId: conversation.timerOf('no-reply')!, delayMs: 10 * 60_000 });
    const requeued = fireNoReply(conversation.wait(10));
    assert.equal(conversation.state, 'queue');
    assert.equal(requeued.view.requeuedFrom, 'bob');
    assert.ok(
      requeued.actions.some((action) => action.type === 'postSystemMessage' && action.text === 'Bob did not answer within 10 minutes; back in the queue'),
    );
  });

  test('a new claim clears who it was requeued from, and the next agent owes a reply from their claim', () => {
    const conversation = claimedByAda();
    fireNoReply(conversation.wait(10));
    const claimed = conversation.wait(1).send({ type: 'AGENT_CLAIM', agentId: 'bob', agentName: 'Bob', assignedBy: 'router' });
    assert.equal(claimed.view.requeuedFrom, null);
    assert.equal(claimed.view.agentReplied, false);
    assert.equal(conversation.snapshot.context.assignedAt, conversation.now());
    assert.ok(claimed.actions.some((action) => action.type === 'postSystemMessage' && action.text === 'Assigned to Bob automatically'));
  });

  describe('on AGENT_UNAVAILABLE', () => {
    test('puts the conversation back in the queue when the assignee went away without ever answering', () => {
      const conversation = claimedByAda();
      const away = conversation.wait(2).send({ type: 'AGENT_UNAVAILABLE', agentId: 'ada', availability: 'AWAY' });
      assert.equal(conversation.state, 'queue');
      assert.equal(away.transition?.triggerId, 'no-reply');
      assert.equal(away.view.requeuedFrom, 'ada');
      assert.ok(
        away.actions.some((action) => action.type === 'cancelTimer'),
        'the time to answer stops',
      );
      assert.ok(away.actions.some((action) => action.type === 'postSystemMessage' && action.text === 'Ada went away without answering; back in the queue'));
    });

    test('says the agent went offline when they did', () => {
      const conversation = claimedByAda();
      const offline = conversation.send({ type: 'AGENT_UNAVAILABLE', agentId: 'ada', availability: 'OFFLINE' });
      assert.ok(
        offline.actions.some((action) => action.type === 'postSystemMessage' && action.text === 'Ada went offline without answering; back in the queue'),
      );
    });

    test('leaves the conversation with an assignee who has answered, and says why', () => {
      const conversation = claimedByAda();
      conversation.wait(2).send({ type: 'AGENT_MESSAGE', agentId: 'ada', messageId: 'a1' });
      conversation.wait(1).send({ type: 'CUSTOMER_MESSAGE', messageId: 'm2', text: 'ok' });
      const event = { type: 'AGENT_UNAVAILABLE', agentId: 'ada', availability: 'AWAY', at: conversation.now() } as const;
      const verdict = canApply(flow, conversation.snapshot, event);
      assert.deepEqual(verdict, {
        ok: false,
        reason: 'AGENT_UNAVAILABLE ignored: Ada has answered the customer since being given the conversation, so it stays with them',
      });
      const away = conversation.send(event);
      assert.ok(away.ignored);
      assert.equal(conversation.state, 'human');
    });

    test('is refused for an agent who does not hold the conversation, or where nobody does', () => {
      const conversation = claimedByAda();
      const other = conversation.send({ type: 'AGENT_UNAVAILABLE', agentId: 'bob', availability: 'AWAY' });
      assert.equal(other.ignored?.reason, 'AGENT_UNAVAILABLE ignored: conversation is claimed by Ada, not by agent bob');
      const waiting = new ConversationDriver(flow);
      const nobody = waiting.send({ type: 'AGENT_UNAVAILABLE', agentId: 'ada', availability: 'OFFLINE' });
      assert.equal(nobody.ignored?.reason, 'AGENT_UNAVAILABLE ignored: conversation is in ai, where no agent holds it');
    });

    test('is refused, with the fix, in a flow without an agent_no_reply edge', () => {
      const conversation = new ConversationDriver(flowWith([]));
      conversation.send({ type: 'CUSTOMER_ACTION', action: 'escalate' });
      conversation.send({ type: 'AGENT_CLAIM', agentId: 'ada', agentName: 'Ada' });
      const away = conversation.send({ type: 'AGENT_UNAVAILABLE', agentId: 'ada', availability: 'AWAY' });
      assert.equal(away.ignored?.reason, 'AGENT_UNAVAILABLE ignored: no agent_no_reply edge leaves human to put the conversation back in the queue');
    });
  });

  describe('placement', () => {
    const issuesOf = (source: string, target: string) =>
      validateFlow(
        flowWith(
          [flowEdge('no-reply', source, target, 'agent_no_reply', { minutes: 10 }, { priority: 30 })],
          [flowNode('sorry', 'message', { text: 'Sorry' })],
        ),
      )
        .issues.filter((issue) => issue.edgeId === 'no-reply')
        .map((issue) => `${issue.code}: ${issue.message}`);

    test('fits from a human node to a queue node', () => {
      assert.deepEqual(issuesOf('human', 'queue'), []);
    });

    test('is refused out of any other kind of node, and into anything but a queue', () => {
      assert.deepEqual(issuesOf('queue', 'queue'), [
        'trigger_not_possible_here: Edge "no-reply" can never fire: only an assigned agent can fail to answer, but the edge leaves queue node "queue".',
      ]);
      assert.deepEqual(issuesOf('human', 'ai'), [
        'trigger_not_possible_here: Edge "no-reply" can never fire: a conversation nobody answered goes back to the queue, so the edge must lead to a queue node, not ai node "ai".',
      ]);
      assert.deepEqual(issuesOf('human', 'sorry'), [
        'trigger_not_possible_here: Edge "no-reply" can never fire: a conversation nobody answered goes back to the queue, so the edge must lead to a queue node, not message node "sorry".',
      ]);
    });

    test('needs positive minutes', () => {
      const { issues } = validateFlow(flowWith([flowEdge('no-reply', 'human', 'queue', 'agent_no_reply', { minutes: 0 }, { priority: 30 })]));
      assert.deepEqual(
        issues.map((issue) => `${issue.code} ${issue.path}`),
        ['invalid_trigger_params edges[5].trigger.params.minutes'],
      );
    });
  });
});
