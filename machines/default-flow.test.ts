import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { compileFlow } from './compile-flow';
import { ConversationActionSchema } from './conversation-actions';
import { DEFAULT_FLOW_NODES, defaultFlow } from './default-flow';
import { validateFlow } from './validate-flow';
import { ConversationDriver } from './test-support';

const { aiAnswering, awaitingHuman, humanActive, resolved } = DEFAULT_FLOW_NODES;

describe('the default flow', () => {
  test('validates without issues and compiles to a machine with the four default states', () => {
    assert.deepEqual(validateFlow(defaultFlow), { ok: true, issues: [] });
    const machine = compileFlow(defaultFlow);
    assert.deepEqual(Object.keys(machine.root.states).sort(), [aiAnswering, awaitingHuman, humanActive, resolved].sort());
    assert.equal(machine.config.initial, aiAnswering);
  });

  test('starts in aiAnswering with the inactivity timer running', () => {
    const conversation = new ConversationDriver(defaultFlow);
    assert.equal(conversation.state, aiAnswering);
    assert.deepEqual(conversation.last.view.status, 'AI_ANSWERING');
    assert.deepEqual(conversation.last.actions, [{ type: 'startTimer', timerId: 'ai-inactivity#1', delayMs: 30 * 60_000 }]);
  });

  test('answers a password question and stays with the AI', () => {
    const conversation = new ConversationDriver(defaultFlow);
    const [message, analysed, answered] = conversation.customerSays('How do I reset my password?');
    assert.deepEqual(message!.actions[0], { type: 'analyzeMessage', messageId: 'm1', text: 'How do I reset my password?' });
    assert.deepEqual(analysed!.actions, [{ type: 'answerQuestion', messageId: 'm1', text: 'How do I reset my password?' }]);
    assert.deepEqual(answered!.actions, [{ type: 'deliverAnswer', messageId: 'm1' }]);
    assert.equal(conversation.state, aiAnswering);
    assert.equal(conversation.last.view.turns, 1);
    assert.equal(conversation.last.view.escalation, null);
  });

  test('"I want a human" escalates with reason human_request, a handoff summary and a note to agents', () => {
    const conversation = new ConversationDriver(defaultFlow);
    const [, analysed] = conversation.customerSays('I want a human');
    assert.equal(conversation.state, awaitingHuman);
    assert.deepEqual(analysed!.transition, { from: aiAnswering, to: awaitingHuman, triggerId: 'human-request', triggerType: 'human_request' });
    assert.deepEqual(analysed!.view.escalation, { reason: 'human_request', triggerId: 'human-request', at: conversation.now() });
    assert.equal(analysed!.view.status, 'AWAITING_HUMAN');
    const types = analysed!.actions.map((action) => action.type);
    assert.deepEqual(types, ['cancelTimer', 'escalate', 'postSystemMessage', 'postSystemMessage', 'summarizeForHandoff', 'notifyAgents', 'startTimer']);
    assert.deepEqual(analysed!.actions[1], { type: 'escalate', reason: 'human_request', triggerId: 'human-request', params: {} });
    assert.ok(
      analysed!.actions.some(
        (action) =>
          action.type === 'postSystemMessage' && action.audience === 'agents' && action.text === 'Escalated to a human because the customer asked for one',
      ),
    );
    assert.deepEqual(analysed!.actions.at(-1), { type: 'startTimer', timerId: 'sla#3', delayMs: 5 * 60_000 });
    assert.ok(!analysed!.actions.some((action) => action.type === 'answerQuestion'), 'the AI does not answer once escalated');
  });

  test('two "that didn\'t help" replies escalate with reason failed_answers', () => {
    const conversation = new ConversationDriver(defaultFlow);
    conversation.customerSays('How do I export my contacts?');
    conversation.customerSays("That didn't help.");
    assert.equal(conversation.state, aiAnswering, 'one unhelpful answer is not enough');
    assert.equal(conversation.last.view.failedAnswers, 1);
    const [, analysed] = conversation.customerSays("That didn't work either.");
    assert.equal(conversation.state, awaitingHuman);
    assert.equal(analysed!.view.escalation?.reason, 'failed_answers');
    assert.equal(analysed!.view.escalation?.triggerId, 'failed-answers');
  });

  test('an agent claims, the customer and agents are told, the SLA timer stops and the time to answer starts', () => {
    const conversation = new ConversationDriver(defaultFlow);
    conversation.customerSays('Can I speak to a human please?');
    const slaTimer = conversation.timerOf('sla')!;
    const claimed = conversation.wait(2).send({ type: 'AGENT_CLAIM', agentId: 'ada', agentName: 'Ada Agent' });
    assert.equal(conversation.state, humanActive);
    assert.deepEqual(claimed.view.assignee, { id: 'ada', name: 'Ada Agent' });
    assert.deepEqual(claimed.actions, [
      { type: 'cancelTimer', timerId: slaTimer },
      { type: 'postSystemMessage', text: 'Claimed by Ada Agent', audience: 'agents' },
      { type: 'postSystemMessage', text: 'Ada Agent from our team has joined the conversation.', audience: 'customer' },
      { type: 'startTimer', timerId: conversation.timerOf('agent-no-reply')!, delayMs: 10 * 60_000 },
    ]);
  });

  test('the assignment router’s claim reads as an automatic assignment to agents, and as a join to the customer', () => {
    const conversation = new ConversationDriver(defaultFlow);
    conversation.customerSays('Can I speak to a human please?');
    const assigned = conversation.send({ type: 'AGENT_CLAIM', agentId: 'ada', agentName: 'Ada Agent', assignedBy: 'router' });
    assert.equal(conversation.state, humanActive);
    const notes = assigned.actions.filter((action) => action.type === 'postSystemMessage');
    assert.deepEqual(notes, [
      { type: 'postSystemMessage', text: 'Assigned to Ada Agent automatically', audience: 'agents' },
      { type: 'postSystemMessage', text: 'Ada Agent from our team has joined the conversation.', audience: 'customer' },
    ]);
  });

  test('an agent who does not answer within 10 minutes loses the conversation to the queue, which keeps its escalation', () => {
    const conversation = new ConversationDriver(defaultFlow);
    conversation.customerSays('Can I speak to a human please?');
    conversation.wait(1).send({ type: 'AGENT_CLAIM', agentId: 'ada', agentName: 'Ada Agent' });
    const requeued = conversation.wait(10).send({ type: 'TIMER_FIRED', timerId: conversation.timerOf('agent-no-reply')! });
    assert.equal(conversation.state, awaitingHuman);
    assert.deepEqual(requeued.transition, { from: humanActive, to: awaitingHuman, triggerId: 'agent-no-reply', triggerType: 'agent_no_reply' });
    assert.equal(requeued.view.assignee, null);
    assert.equal(requeued.view.requeuedFrom, 'ada');
    assert.equal(requeued.view.escalation?.reason, 'human_request');
    const notes = requeued.actions.flatMap((action) => (action.type === 'postSystemMessage' ? [`${action.audience}: ${action.text}`] : []));
    assert.deepEqual(notes, [
      'agents: Back in the queue because the assigned agent did not answer in time',
      'agents: Ada Agent did not answer within 10 minutes; back in the queue',
    ]);
    assert.ok(requeued.actions.some((action) => action.type === 'notifyAgents'));
    assert.ok(
      requeued.actions.some((action) => action.type === 'startTimer' && action.timerId.startsWith('sla#')),
      'the SLA counts again',
    );
  });

  test('an agent who took over from the AI and does not answer hands the conversation to the queue as a new escalation', () => {
    const conversation = new ConversationDriver(defaultFlow);
    conversation.customerSays('How do I export my data?');
    conversation.send({ type: 'AGENT_CLAIM', agentId: 'ada', agentName: 'Ada Agent' });
    const requeued = conversation.wait(10).send({ type: 'TIMER_FIRED', timerId: conversation.timerOf('agent-no-reply')! });
    assert.equal(conversation.state, awaitingHuman);
    assert.equal(requeued.view.escalation?.reason, 'agent_no_reply');
    assert.equal(requeued.view.requeuedFrom, 'ada');
    assert.ok(requeued.actions.some((action) => action.type === 'escalate'));
    assert.ok(
      requeued.actions.some((action) => action.type === 'postSystemMessage' && action.text === 'Ada Agent did not answer within 10 minutes; back in the queue'),
    );
  });

  test('the AI never answers while a person holds the conversation', () => {
    const conversation = new ConversationDriver(defaultFlow);
    conversation.customerSays('I want a human');
    conversation.send({ type: 'AGENT_CLAIM', agentId: 'ada', agentName: 'Ada Agent' });
    const before = conversation.steps.length;
    conversation.wait(1).customerSays('Hello? Is anyone there?');
    conversation.send({ type: 'AGENT_MESSAGE', agentId: 'ada', messageId: 'a1' });
    conversation.wait(1).customerSays('How do I reset my password?');
    conversation.wait(1).customerSays('I want a refund, this is useless!');
    const thinking = conversation.steps
      .slice(before)
      .flatMap((step) => step.actions)
      .filter((action) => ['analyzeMessage', 'answerQuestion', 'deliverAnswer'].includes(action.type));
    assert.deepEqual(thinking, []);
    assert.equal(conversation.state, humanActive);
  });

  test('the agent releases to the AI, which starts afresh', () => {
    const conversation = new ConversationDriver(defaultFlow);
    conversation.customerSays('this is useless, get me an agent');
    conversation.send({ type: 'AGENT_CLAIM', agentId: 'ada', agentName: 'Ada Agent' });
    const released = conversation.send({ type: 'AGENT_RELEASE', agentId: 'ada' });
    assert.equal(conversation.state, aiAnswering);
    assert.equal(released.transition?.triggerType, 'agent_release');
    assert.equal(released.view.assignee, null);
    assert.equal(released.view.escalation, null);
    assert.equal(released.view.turns, 0);
    assert.ok(released.actions.some((action) => action.type === 'startTimer' && action.timerId.startsWith('ai-inactivity#')));
  });

  test('the agent resolves, and a new customer message reopens the conversation with the AI', () => {
    const conversation = new ConversationDriver(defaultFlow);
    conversation.customerSays('I need a human');
    conversation.send({ type: 'AGENT_CLAIM', agentId: 'ada', agentName: 'Ada Agent' });
    const done = conversation.send({ type: 'RESOLVE', by: 'agent', agentId: 'ada' });
    assert.equal(conversation.state, resolved);
    assert.equal(done.view.status, 'RESOLVED');
    assert.equal(done.view.assignee, null);
    assert.ok(done.actions.some((action) => action.type === 'postSystemMessage' && action.text === 'Resolved by Ada Agent'));

    const [reopened] = conversation.wait(60 * 24).customerSays('One more question: where is my invoice?');
    assert.deepEqual(reopened!.transition, { from: resolved, to: aiAnswering, triggerId: 'reopen', triggerType: 'customer_message' });
    assert.ok(reopened!.actions.some((action) => action.type === 'analyzeMessage'));
    assert.equal(conversation.state, aiAnswering);
    assert.equal(conversation.last.view.turns, 1);
  });

  test('the SLA posts a note to the customer and raises priority when nobody claims within 5 minutes', () => {
    const conversation = new ConversationDriver(defaultFlow);
    conversation.customerSays('talk to a person');
    const fired = conversation.wait(5).send({ type: 'TIMER_FIRED', timerId: conversation.timerOf('sla')! });
    assert.equal(conversation.state, awaitingHuman);
    assert.equal(fired.transition, null);
    assert.equal(fired.view.priority, 'high');
    assert.deepEqual(fired.actions, [
      { type: 'notifyAgents', reason: 'Nobody has claimed this conversation for 5 minutes' },
      { type: 'postSystemMessage', text: 'Nobody has claimed this conversation for 5 minutes', audience: 'agents' },
      { type: 'setPriority', priority: 'high' },
      { type: 'postSystemMessage', text: 'Priority set to high by the flow', audience: 'agents' },
      { type: 'postSystemMessage', text: defaultFlow.edges.find((edge) => edge.id === 'sla')!.effects!.customerMessage!, audience: 'customer' },
    ]);
  });

  test('30 minutes of silence close the conversation', () => {
    const conversation = new ConversationDriver(defaultFlow);
    conversation.customerSays('What are your opening hours?');
    const closed = conversation.wait(30).send({ type: 'TIMER_FIRED', timerId: conversation.timerOf('ai-inactivity')! });
    assert.equal(conversation.state, resolved);
    assert.equal(closed.transition?.triggerType, 'inactivity');
    assert.ok(closed.actions.some((action) => action.type === 'closeConversation' && action.reason === 'Closed after 30 minutes without messages'));
  });

  test('every action of every seed scenario matches ConversationActionSchema', () => {
    const conversation = new ConversationDriver(defaultFlow);
    conversation.customerSays('How do I reset my password?');
    conversation.customerSays('I want a human');
    conversation.wait(6).send({ type: 'TIMER_FIRED', timerId: conversation.timerOf('sla')! });
    conversation.send({ type: 'AGENT_CLAIM', agentId: 'ada', agentName: 'Ada Agent' });
    conversation.send({ type: 'AGENT_TRANSFER', agentId: 'ada', toAgentId: 'bob', toAgentName: 'Bob Agent' });
    conversation.send({ type: 'RESOLVE', by: 'agent', agentId: 'bob' });
    for (const action of conversation.allActions()) ConversationActionSchema.parse(action);
  });
});
