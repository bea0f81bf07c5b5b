import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { compileFlow } from './compile-flow';
import { applyEvent, canApply, startConversation } from './conversation-runtime';
import type { ConversationEvent } from './conversation-events';
import { defaultFlow } from './default-flow';
import { ConversationDriver, analysis, minutesIn } from './test-support';

function escalatedConversation() {
  const conversation = new ConversationDriver(defaultFlow);
  conversation.customerSays('I want a human');
  return conversation;
}

function claimedConversation() {
  const conversation = escalatedConversation();
  conversation.send({ type: 'AGENT_CLAIM', agentId: 'ada', agentName: 'Ada Agent' });
  return conversation;
}

describe('startConversation', () => {
  test('returns a JSON snapshot pinned to the flow version, with no transition and nothing ignored', () => {
    const started = startConversation(defaultFlow, { conversationId: 'c-42', at: minutesIn(0) });
    assert.equal(started.snapshot.value, 'aiAnswering');
    assert.equal(started.snapshot.context.conversationId, 'c-42');
    assert.equal(started.view.flowVersion, defaultFlow.version);
    assert.equal(started.transition, null);
    assert.equal(started.ignored, null);
    assert.deepEqual(JSON.parse(JSON.stringify(started.snapshot)), started.snapshot);
  });
});

describe('applyEvent', () => {
  test('continues from a snapshot that went through JSON, as the workflow stores it', () => {
    const conversation = escalatedConversation();
    const stored = JSON.parse(JSON.stringify(conversation.snapshot));
    const fromStored = applyEvent(defaultFlow, stored, { type: 'AGENT_CLAIM', agentId: 'ada', agentName: 'Ada', at: minutesIn(1) });
    const fromMemory = applyEvent(defaultFlow, conversation.snapshot, { type: 'AGENT_CLAIM', agentId: 'ada', agentName: 'Ada', at: minutesIn(1) });
    assert.deepEqual(fromStored, fromMemory);
    assert.equal(fromStored.snapshot.value, 'humanActive');
  });

  test('refuses to run a conversation on a flow version it is not pinned to', () => {
    const conversation = new ConversationDriver(defaultFlow);
    assert.throws(
      () => applyEvent({ ...defaultFlow, version: 2 }, conversation.snapshot, { type: 'RESOLVE', by: 'system', at: minutesIn(1) }),
      /pinned to flow version 1; it cannot run on version 2/,
    );
  });

  test('ignores a malformed event with the reason instead of throwing inside the workflow', () => {
    const conversation = new ConversationDriver(defaultFlow);
    const step = applyEvent(defaultFlow, conversation.snapshot, { type: 'AGENT_CLAIM', agentId: '', at: 'yesterday' } as unknown as ConversationEvent);
    assert.match(step.ignored?.reason ?? '', /^invalid event: /);
    assert.deepEqual(step.snapshot, conversation.snapshot);
    assert.deepEqual(step.actions, []);
  });

  test('ignores an agent message while the conversation waits for a claim', () => {
    const conversation = escalatedConversation();
    const step = conversation.send({ type: 'AGENT_MESSAGE', agentId: 'ada', messageId: 'a1' });
    assert.deepEqual(step.ignored, { reason: 'AGENT_MESSAGE ignored: conversation is in awaitingHuman; claim it first' });
  });

  test('ignores an analysis that arrives after a newer customer message, answering only the newest', () => {
    const conversation = new ConversationDriver(defaultFlow);
    conversation.send({ type: 'CUSTOMER_MESSAGE', messageId: 'm1', text: 'hi' });
    conversation.send({ type: 'CUSTOMER_MESSAGE', messageId: 'm2', text: 'how do I export?' });
    const stale = conversation.send({ type: 'ANALYSIS_READY', messageId: 'm1', analysis: analysis() });
    assert.equal(stale.ignored?.reason, 'ANALYSIS_READY ignored: analysis for message m1 is stale; the conversation waits for message m2');
    const fresh = conversation.send({ type: 'ANALYSIS_READY', messageId: 'm2', analysis: analysis() });
    assert.deepEqual(fresh.actions, [{ type: 'answerQuestion', messageId: 'm2', text: 'how do I export?' }]);
  });

  test('ignores a duplicate answer for a message already answered', () => {
    const conversation = new ConversationDriver(defaultFlow);
    conversation.customerSays('How do I reset my password?');
    const duplicate = conversation.send({ type: 'ANSWER_READY', messageId: 'm1', confidence: 0.9, abstain: false });
    assert.equal(duplicate.ignored?.reason, 'ANSWER_READY ignored: no answer is pending');
  });

  test('counts customer messages while a person is in charge, without asking the AI', () => {
    const conversation = claimedConversation();
    const waiting = conversation.timerOf('agent-no-reply')!;
    const step = conversation.send({ type: 'CUSTOMER_MESSAGE', messageId: 'm9', text: 'are you there?' });
    assert.equal(step.ignored, null);
    // The agent's time to answer counts from the customer's latest message; nothing else happens.
    assert.deepEqual(step.actions, [
      { type: 'cancelTimer', timerId: waiting },
      { type: 'startTimer', timerId: conversation.timerOf('agent-no-reply')!, delayMs: 10 * 60_000 },
    ]);
    assert.equal(step.view.turns, 2);
  });

  test('lets the assigned agent transfer the conversation to a colleague', () => {
    const conversation = claimedConversation();
    const step = conversation.send({ type: 'AGENT_TRANSFER', agentId: 'ada', toAgentId: 'bob', toAgentName: 'Bob Agent' });
    assert.deepEqual(step.view.assignee, { id: 'bob', name: 'Bob Agent' });
    assert.deepEqual(step.actions, [
      { type: 'postSystemMessage', text: 'Transferred from Ada Agent to Bob Agent', audience: 'agents' },
      { type: 'postSystemMessage', text: 'Bob Agent from our team is taking over the conversation.', audience: 'customer' },
      { type: 'notifyAgents', reason: 'Transferred to Bob Agent' },
      // Bob gets the whole time to answer.
      { type: 'cancelTimer', timerId: 'agent-no-reply#4' },
      { type: 'startTimer', timerId: 'agent-no-reply#5', delayMs: 10 * 60_000 },
    ]);
    const fromAda = conversation.send({ type: 'AGENT_MESSAGE', agentId: 'ada', messageId: 'a2' });
    assert.equal(fromAda.ignored?.reason, 'AGENT_MESSAGE ignored: conversation is claimed by Bob Agent');
  });

  test('lets an agent take over straight from the AI, without an escalation', () => {
    const conversation = new ConversationDriver(defaultFlow);
    conversation.customerSays('How do I export my data?');
    const step = conversation.send({ type: 'AGENT_CLAIM', agentId: 'ada', agentName: 'Ada Agent' });
    assert.equal(step.view.status, 'HUMAN_ACTIVE');
    assert.equal(step.transition?.triggerId, 'agent-takes-over');
    assert.equal(step.view.escalation, null);
  });

  test('does not let a colleague resolve a conversation an agent holds', () => {
    const conversation = claimedConversation();
    const step = conversation.send({ type: 'RESOLVE', by: 'agent', agentId: 'bob' });
    assert.equal(step.ignored?.reason, 'RESOLVE ignored: conversation is claimed by Ada Agent');
  });

  test('never reads a clock: the same events give the same results', () => {
    const play = () => {
      const conversation = new ConversationDriver(defaultFlow);
      conversation.customerSays('How do I reset my password?');
      conversation.customerSays('this is useless, agent please');
      conversation.wait(5).send({ type: 'TIMER_FIRED', timerId: conversation.timerOf('sla')! });
      return conversation.steps;
    };
    assert.deepEqual(play(), play());
  });
});

describe('canApply, for Temporal update validators', () => {
  test('accepts a claim on a conversation waiting for a human', () => {
    assert.deepEqual(canApply(defaultFlow, escalatedConversation().snapshot, { type: 'AGENT_CLAIM', agentId: 'ada', agentName: 'Ada', at: minutesIn(1) }), {
      ok: true,
    });
  });

  test('rejects a second claimer, naming who holds the conversation', () => {
    const snapshot = claimedConversation().snapshot;
    assert.deepEqual(canApply(defaultFlow, snapshot, { type: 'AGENT_CLAIM', agentId: 'bob', agentName: 'Bob', at: minutesIn(2) }), {
      ok: false,
      reason: 'already claimed by Ada Agent',
    });
  });

  test('rejects a claim on a resolved conversation, saying it is resolved', () => {
    const conversation = claimedConversation();
    conversation.send({ type: 'RESOLVE', by: 'agent', agentId: 'ada' });
    const verdict = canApply(defaultFlow, conversation.snapshot, { type: 'AGENT_CLAIM', agentId: 'bob', agentName: 'Bob', at: minutesIn(3) });
    assert.deepEqual(verdict, { ok: false, reason: 'AGENT_CLAIM ignored: conversation is resolved' });
  });

  test('changes nothing: the snapshot is not touched', () => {
    const conversation = escalatedConversation();
    const before = structuredClone(conversation.snapshot);
    canApply(defaultFlow, conversation.snapshot, { type: 'AGENT_CLAIM', agentId: 'ada', agentName: 'Ada', at: minutesIn(1) });
    assert.deepEqual(conversation.snapshot, before);
  });
});

describe('compileFlow', () => {
  test('refuses a flow that does not validate, with the admin-readable reasons', () => {
    const broken = { ...defaultFlow, nodes: defaultFlow.nodes.map((node) => ({ ...node, initial: false })) };
    assert.throws(() => compileFlow(broken), /Flow version 1 cannot run: No initial node/);
  });

  test('compiles the analysis edges of the AI node in priority order, then the answering fallback', () => {
    const machine = compileFlow(defaultFlow);
    const edgeOf = (actions: ReadonlyArray<unknown>) =>
      actions.map((action) => action as { type?: string; params?: { edgeId?: string } }).find((action) => action.type === 'noteTrigger')?.params?.edgeId ??
      'answer';
    const order = machine.root.states.aiAnswering!.on.ANALYSIS_READY!.map((transition) => edgeOf(transition.actions));
    assert.deepEqual(order, ['human-request', 'frustration', 'watched-keywords', 'failed-answers', 'answer']);
    assert.equal(machine.root.states.awaitingHuman!.on.AGENT_CLAIM![0]!.guard, 'conversationIsUnclaimed');
  });
});
