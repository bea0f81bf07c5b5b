import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TRIGGER_TYPES, type TriggerType } from '../trigger-types';
import { ConversationDriver, analysis, flowEdge, flowNode, flowWith, minutesIn } from '../test-support';

interface TriggerCase {
  trigger: TriggerType;
  behaviour: string;
  run: () => void;
}

const escalatedWith = (conversation: ConversationDriver, reason: TriggerType) => {
  assert.equal(conversation.state, 'queue');
  assert.equal(conversation.last.view.escalation?.reason, reason);
};

const cases: TriggerCase[] = [
  {
    trigger: 'human_request',
    behaviour: 'escalates when the analysis says the customer asks for a person',
    run: () => {
      const conversation = new ConversationDriver(flowWith([flowEdge('ask', 'ai', 'queue', 'human_request')]));
      conversation.customerSays('agent please');
      escalatedWith(conversation, 'human_request');
    },
  },
  {
    trigger: 'human_request',
    behaviour: 'stays with the AI when the request score is below the edge’s minScore',
    run: () => {
      const conversation = new ConversationDriver(flowWith([flowEdge('ask', 'ai', 'queue', 'human_request', { minScore: 0.95 })]));
      conversation.customerSays('a person maybe?', { analysis: analysis({ asksForHuman: true, humanRequestScore: 0.8 }) });
      assert.equal(conversation.state, 'ai');
    },
  },
  {
    trigger: 'no_answer',
    behaviour: 'escalates when the answer’s confidence is below the threshold',
    run: () => {
      const conversation = new ConversationDriver(flowWith([flowEdge('unsure', 'ai', 'queue', 'no_answer', { threshold: 0.35 })]));
      const [, , answered] = conversation.customerSays('Do you support SCIM?', { confidence: 0.2 });
      escalatedWith(conversation, 'no_answer');
      assert.ok(!answered!.actions.some((action) => action.type === 'deliverAnswer'), 'the weak answer is not delivered');
    },
  },
  {
    trigger: 'no_answer',
    behaviour: 'escalates when the answerer abstains, whatever its confidence',
    run: () => {
      const conversation = new ConversationDriver(flowWith([flowEdge('unsure', 'ai', 'queue', 'no_answer', { threshold: 0.35 })]));
      conversation.customerSays('Do you support SCIM?', { confidence: 0.9, abstain: true });
      escalatedWith(conversation, 'no_answer');
    },
  },
  {
    trigger: 'no_answer',
    behaviour: 'delivers the answer when its confidence reaches the threshold',
    run: () => {
      const conversation = new ConversationDriver(flowWith([flowEdge('unsure', 'ai', 'queue', 'no_answer', { threshold: 0.35 })]));
      const [, , answered] = conversation.customerSays('Do you support SCIM?', { confidence: 0.35 });
      assert.equal(conversation.state, 'ai');
      assert.deepEqual(answered!.actions, [{ type: 'deliverAnswer', messageId: 'm1' }]);
    },
  },
  {
    trigger: 'frustration',
    behaviour: 'escalates at the threshold and not below it',
    run: () => {
      const flow = flowWith([flowEdge('angry', 'ai', 'queue', 'frustration', { threshold: 0.7 })]);
      const calm = new ConversationDriver(flow);
      calm.customerSays('hm', { analysis: analysis({ frustration: 0.69 }) });
      assert.equal(calm.state, 'ai');
      const angry = new ConversationDriver(flow);
      angry.customerSays('hm', { analysis: analysis({ frustration: 0.7 }) });
      escalatedWith(angry, 'frustration');
    },
  },
  {
    trigger: 'failed_answers',
    behaviour: 'counts "that didn’t help" replies and escalates on reaching the count',
    run: () => {
      const conversation = new ConversationDriver(flowWith([flowEdge('failed', 'ai', 'queue', 'failed_answers', { count: 3 })]));
      for (let reply = 1; reply <= 2; reply++) {
        conversation.customerSays('nope', { analysis: analysis({ saysNotHelpful: true }) });
        assert.equal(conversation.last.view.failedAnswers, reply);
        assert.equal(conversation.state, 'ai');
      }
      conversation.customerSays('still nope', { analysis: analysis({ saysNotHelpful: true }) });
      escalatedWith(conversation, 'failed_answers');
    },
  },
  {
    trigger: 'turns',
    behaviour: 'escalates on the first customer message beyond the count',
    run: () => {
      const conversation = new ConversationDriver(flowWith([flowEdge('long', 'ai', 'queue', 'turns', { count: 2 })]));
      conversation.customerSays('one');
      conversation.customerSays('two');
      assert.equal(conversation.state, 'ai');
      conversation.customerSays('three');
      escalatedWith(conversation, 'turns');
    },
  },
  {
    trigger: 'keyword',
    behaviour: 'escalates on a watched word regardless of case and accents, naming it for agents',
    run: () => {
      const conversation = new ConversationDriver(flowWith([flowEdge('words', 'ai', 'queue', 'keyword', { keywords: ['refund', 'avocat'] })]));
      const [, analysed] = conversation.customerSays('I will call my AVOCAT about this');
      escalatedWith(conversation, 'keyword');
      assert.ok(analysed!.actions.some((action) => action.type === 'notifyAgents' && action.reason === 'Customer mentioned "avocat"'));
    },
  },
  {
    trigger: 'keyword',
    behaviour: 'ignores a watched word inside a longer word',
    run: () => {
      const conversation = new ConversationDriver(flowWith([flowEdge('words', 'ai', 'queue', 'keyword', { keywords: ['legal'] })]));
      conversation.customerSays('Is the paralegal plan available?');
      assert.equal(conversation.state, 'ai');
    },
  },
  {
    trigger: 'action',
    behaviour: 'escalates on the named widget action and explains why another action is ignored',
    run: () => {
      const conversation = new ConversationDriver(flowWith([flowEdge('talk', 'ai', 'queue', 'action', { action: 'talk_to_human' })]));
      const other = conversation.send({ type: 'CUSTOMER_ACTION', action: 'rate_answer' });
      assert.match(other.ignored?.reason ?? '', /no edge for the widget action "rate_answer"/);
      conversation.send({ type: 'CUSTOMER_ACTION', action: 'talk_to_human' });
      escalatedWith(conversation, 'action');
    },
  },
  {
    trigger: 'sla_timeout',
    behaviour: 'can move an unclaimed conversation to an off-hours message node',
    run: () => {
      const flow = flowWith(
        [
          flowEdge('ask', 'ai', 'queue', 'human_request'),
          flowEdge('late', 'queue', 'sorry', 'sla_timeout', { minutes: 10 }, { priority: 20 }),
          flowEdge('claim-late', 'sorry', 'human', 'agent_claim'),
        ],
        [flowNode('sorry', 'message', { text: 'Sorry for the wait, we have not forgotten you.' })],
      );
      const conversation = new ConversationDriver(flow);
      conversation.customerSays('human please');
      const timerId = conversation.timerOf('late')!;
      assert.equal(conversation.last.actions.at(-1)?.type, 'startTimer');
      const fired = conversation.wait(10).send({ type: 'TIMER_FIRED', timerId });
      assert.equal(conversation.state, 'sorry');
      assert.equal(fired.view.status, 'AWAITING_HUMAN', 'still waiting for a person');
      assert.ok(fired.actions.some((action) => action.type === 'postSystemMessage' && action.text === 'Sorry for the wait, we have not forgotten you.'));
      conversation.send({ type: 'AGENT_CLAIM', agentId: 'ada', agentName: 'Ada' });
      assert.equal(conversation.state, 'human');
    },
  },
  {
    trigger: 'inactivity',
    behaviour: 'restarts on every message, so only the latest timer closes the conversation',
    run: () => {
      const conversation = new ConversationDriver(flowWith([flowEdge('quiet', 'ai', 'done', 'inactivity', { minutes: 30 })]));
      const first = conversation.timerOf('quiet')!;
      conversation.wait(20).customerSays('hello?');
      const second = conversation.timerOf('quiet')!;
      assert.notEqual(first, second);
      const stale = conversation.wait(10).send({ type: 'TIMER_FIRED', timerId: first });
      assert.match(stale.ignored?.reason ?? '', /timer quiet#1 is not running any more/);
      assert.equal(conversation.state, 'ai');
      const closed = conversation.wait(20).send({ type: 'TIMER_FIRED', timerId: second });
      assert.equal(conversation.state, 'done');
      assert.ok(closed.actions.some((action) => action.type === 'closeConversation'));
    },
  },
  {
    trigger: 'business_hours',
    behaviour: 'sends an escalation made on a Saturday to collect an email, and back to the queue on Monday at 9',
    run: () => {
      const hours = { timezone: 'Europe/Paris', days: [1, 2, 3, 4, 5], open: '09:00', close: '17:00' };
      const flow = flowWith(
        [
          flowEdge('ask', 'ai', 'queue', 'human_request'),
          flowEdge('closed', 'queue', 'offHours', 'business_hours', { ...hours, when: 'closed' }, { priority: 30 }),
          flowEdge('open', 'offHours', 'queue', 'business_hours', { ...hours, when: 'open' }),
        ],
        [flowNode('offHours', 'collect_email')],
      );
      const conversation = new ConversationDriver(flow);
      // Saturday 11 January 2025, 12:00 in Paris.
      conversation.send({ type: 'CUSTOMER_MESSAGE', messageId: 'm1', text: 'human please', at: '2025-01-11T11:00:00.000Z' });
      const escalated = conversation.send({
        type: 'ANALYSIS_READY',
        messageId: 'm1',
        analysis: analysis({ asksForHuman: true, humanRequestScore: 0.9 }),
        at: '2025-01-11T11:00:01.000Z',
      });
      assert.equal(conversation.state, 'offHours');
      assert.equal(escalated.view.status, 'AWAITING_HUMAN');
      assert.equal(escalated.view.escalation?.reason, 'human_request', 'the original reason is kept');
      const reopenTimer = escalated.actions.find((action) => action.type === 'startTimer');
      // From Saturday 12:00:01 to Monday 09:00 in Paris (08:00 UTC): 45 h minus one second.
      assert.deepEqual(reopenTimer, { type: 'startTimer', timerId: conversation.timerOf('open')!, delayMs: 45 * 3_600_000 - 1_000 });
      const thanked = conversation.send({ type: 'CUSTOMER_MESSAGE', messageId: 'm2', text: 'sure, it is ana@example.com', at: '2025-01-11T11:01:00.000Z' });
      assert.ok(thanked.actions.some((action) => action.type === 'saveContactEmail' && action.email === 'ana@example.com'));
      const monday = conversation.send({ type: 'TIMER_FIRED', timerId: conversation.timerOf('open')!, at: '2025-01-13T08:00:00.000Z' });
      assert.equal(conversation.state, 'queue');
      assert.ok(monday.actions.some((action) => action.type === 'notifyAgents' && /Back in the queue/.test(action.reason)));
      assert.equal(monday.view.escalation?.reason, 'human_request');
    },
  },
  {
    trigger: 'agent_claim',
    behaviour: 'assigns the claiming agent and refuses a second claimer with the holder’s name',
    run: () => {
      const conversation = new ConversationDriver(flowWith([flowEdge('ask', 'ai', 'queue', 'human_request')]));
      conversation.customerSays('human please');
      conversation.send({ type: 'AGENT_CLAIM', agentId: 'ada', agentName: 'Ada Agent' });
      const second = conversation.send({ type: 'AGENT_CLAIM', agentId: 'bob', agentName: 'Bob Agent' });
      assert.deepEqual(second.ignored, { reason: 'already claimed by Ada Agent' });
      assert.deepEqual(conversation.last.view.assignee, { id: 'ada', name: 'Ada Agent' });
    },
  },
  {
    trigger: 'agent_release',
    behaviour: 'only lets the assigned agent hand the conversation back',
    run: () => {
      const conversation = new ConversationDriver(flowWith([flowEdge('ask', 'ai', 'queue', 'human_request')]));
      conversation.customerSays('human please');
      conversation.send({ type: 'AGENT_CLAIM', agentId: 'ada', agentName: 'Ada Agent' });
      const intruder = conversation.send({ type: 'AGENT_RELEASE', agentId: 'bob' });
      assert.equal(intruder.ignored?.reason, 'AGENT_RELEASE ignored: conversation is claimed by Ada Agent');
      conversation.send({ type: 'AGENT_RELEASE', agentId: 'ada' });
      assert.equal(conversation.state, 'ai');
      assert.equal(conversation.last.view.assignee, null);
    },
  },
  {
    trigger: 'agent_no_reply',
    behaviour: 'puts a conversation its agent did not answer back in the queue (more in agent-no-reply.test.ts)',
    run: () => {
      const conversation = new ConversationDriver(flowWith([flowEdge('no-reply', 'human', 'queue', 'agent_no_reply', { minutes: 10 }, { priority: 30 })]));
      conversation.send({ type: 'CUSTOMER_ACTION', action: 'escalate' });
      conversation.send({ type: 'AGENT_CLAIM', agentId: 'ada', agentName: 'Ada Agent' });
      conversation.wait(10).send({ type: 'TIMER_FIRED', timerId: conversation.timerOf('no-reply')! });
      assert.equal(conversation.state, 'queue');
      assert.equal(conversation.last.view.requeuedFrom, 'ada');
    },
  },
  {
    trigger: 'agent_reopen',
    behaviour: 'puts the agent who reopens a resolved conversation in charge, and is refused anywhere else',
    run: () => {
      const conversation = new ConversationDriver(
        flowWith([flowEdge('ask', 'ai', 'queue', 'human_request'), flowEdge('agent-reopens', 'done', 'human', 'agent_reopen')]),
      );
      const early = conversation.send({ type: 'AGENT_REOPEN', agentId: 'ada', agentName: 'Ada Agent' });
      assert.match(early.ignored?.reason ?? '', /not resolved: there is nothing to reopen/);
      conversation.customerSays('human please');
      conversation.send({ type: 'AGENT_CLAIM', agentId: 'ada', agentName: 'Ada Agent' });
      conversation.send({ type: 'RESOLVE', by: 'agent', agentId: 'ada' });
      assert.equal(conversation.state, 'done');
      const reopened = conversation.send({ type: 'AGENT_REOPEN', agentId: 'bob', agentName: 'Bob Agent' });
      assert.equal(reopened.transition?.triggerType, 'agent_reopen');
      assert.equal(conversation.state, 'human');
      assert.deepEqual(conversation.last.view.assignee, { id: 'bob', name: 'Bob Agent' });
      assert.equal(conversation.last.view.status, 'HUMAN_ACTIVE');
    },
  },
  {
    trigger: 'resolve',
    behaviour: 'honours the edge’s list of who may resolve',
    run: () => {
      const conversation = new ConversationDriver(flowWith([flowEdge('thanks', 'ai', 'done', 'resolve', { by: ['customer'] })]));
      const bySystem = conversation.send({ type: 'RESOLVE', by: 'system' });
      assert.match(bySystem.ignored?.reason ?? '', /a resolve by the system is not allowed from ai/);
      conversation.send({ type: 'RESOLVE', by: 'customer' });
      assert.equal(conversation.state, 'done');
      assert.equal(conversation.last.view.status, 'RESOLVED');
    },
  },
  {
    trigger: 'customer_message',
    behaviour: 'reopens a resolved conversation and has the new message analysed',
    run: () => {
      const conversation = new ConversationDriver(flowWith([flowEdge('thanks', 'ai', 'done', 'resolve')]));
      conversation.send({ type: 'RESOLVE', by: 'customer' });
      const [reopened] = conversation.customerSays('Actually, one more thing');
      assert.equal(reopened!.transition?.triggerType, 'customer_message');
      assert.deepEqual(
        reopened!.actions.find((action) => action.type === 'analyzeMessage'),
        {
          type: 'analyzeMessage',
          messageId: 'm1',
          text: 'Actually, one more thing',
        },
      );
      assert.equal(conversation.state, 'ai');
    },
  },
];

describe('every trigger type', () => {
  test('has at least one case in this table', () => {
    const covered = new Set(cases.map((row) => row.trigger));
    assert.deepEqual(
      TRIGGER_TYPES.filter((type) => !covered.has(type)),
      [],
    );
  });

  for (const { trigger, behaviour, run } of cases) {
    test(`${trigger} ${behaviour}`, run);
  }
});

describe('timers', () => {
  test('have deterministic ids and are cancelled when the conversation leaves their node', () => {
    const run = () => {
      const conversation = new ConversationDriver(
        flowWith([flowEdge('ask', 'ai', 'queue', 'human_request'), flowEdge('sla', 'queue', 'queue', 'sla_timeout', { minutes: 5 }, { priority: 20 })]),
      );
      conversation.customerSays('human please');
      conversation.send({ type: 'AGENT_CLAIM', agentId: 'ada', agentName: 'Ada' });
      return conversation;
    };
    const first = run();
    assert.deepEqual(first.allActions(), run().allActions());
    assert.ok(first.last.actions.some((action) => action.type === 'cancelTimer' && action.timerId === 'sla#1'));
    assert.deepEqual(first.snapshot.context.timers, {});
  });

  test('a timer fired after its node was left is ignored with a reason', () => {
    const conversation = new ConversationDriver(
      flowWith([flowEdge('ask', 'ai', 'queue', 'human_request'), flowEdge('sla', 'queue', 'queue', 'sla_timeout', { minutes: 5 }, { priority: 20 })]),
    );
    conversation.customerSays('human please');
    const timerId = conversation.timerOf('sla')!;
    conversation.send({ type: 'AGENT_CLAIM', agentId: 'ada', agentName: 'Ada' });
    const late = conversation.send({ type: 'TIMER_FIRED', timerId, at: minutesIn(5) });
    assert.equal(
      late.ignored?.reason,
      `TIMER_FIRED ignored: timer ${timerId} is not running any more (cancelled when the conversation moved on, or already fired)`,
    );
    assert.equal(conversation.state, 'human');
  });
});
