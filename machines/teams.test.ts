import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEvent } from './conversation-runtime';
import { viewOf, type ConversationSnapshot } from './conversation-view';
import type { Flow } from './flow-schema';
import { ConversationDriver, flowEdge, flowNode, flowWith } from './test-support';
import { validateFlow } from './validate-flow';

/** A flow whose queue belongs to `queueTeam`, with an agent_no_reply edge back to it. */
function teamFlow(queueTeam?: string, buttonTeam?: string): Flow {
  const flow = flowWith([flowEdge('no-reply', 'human', 'queue', 'agent_no_reply', { minutes: 10 }, { priority: 30 })]);
  return {
    ...flow,
    nodes: flow.nodes.map((node) => (node.id === 'queue' && queueTeam ? { ...node, team: queueTeam } : node)),
    edges: flow.edges.map((edge) => (edge.id === 'button' && buttonTeam ? { ...edge, effects: { team: buttonTeam } } : edge)),
  };
}

const escalated = (flow: Flow) => {
  const conversation = new ConversationDriver(flow);
  conversation.send({ type: 'CUSTOMER_ACTION', action: 'escalate' });
  return conversation;
};

describe('teams', () => {
  test('a conversation starts with no team, and a queue without one leaves it for anyone', () => {
    const conversation = escalated(teamFlow());
    assert.equal(conversation.steps[0]!.view.team, null);
    assert.equal(conversation.last.view.team, null);
  });

  test('entering a queue routes to the queue’s team', () => {
    assert.equal(escalated(teamFlow('billing')).last.view.team, 'billing');
  });

  test('the edge’s team wins over the queue’s', () => {
    assert.equal(escalated(teamFlow('billing', 'vip')).last.view.team, 'vip');
  });

  test('the team stays with the agent and comes back to the queue with a requeue', () => {
    const conversation = escalated(teamFlow(undefined, 'vip'));
    const claimed = conversation.send({ type: 'AGENT_CLAIM', agentId: 'ada', agentName: 'Ada' });
    assert.equal(claimed.view.team, 'vip');
    const requeued = conversation.wait(10).send({ type: 'TIMER_FIRED', timerId: conversation.timerOf('no-reply')! });
    assert.equal(conversation.state, 'queue');
    assert.equal(requeued.view.team, 'vip', 'a queue without a team keeps the conversation’s');
  });

  test('a requeue into a queue with a team of its own moves the conversation to that team', () => {
    const conversation = escalated(teamFlow('billing', 'vip'));
    conversation.send({ type: 'AGENT_CLAIM', agentId: 'ada', agentName: 'Ada' });
    conversation.wait(10).send({ type: 'TIMER_FIRED', timerId: conversation.timerOf('no-reply')! });
    assert.equal(conversation.last.view.team, 'billing');
  });

  test('handing back to the AI forgets the team and who it was requeued from', () => {
    const conversation = escalated(teamFlow('billing'));
    conversation.send({ type: 'AGENT_CLAIM', agentId: 'ada', agentName: 'Ada' });
    conversation.send({ type: 'AGENT_UNAVAILABLE', agentId: 'ada', availability: 'AWAY' });
    assert.equal(conversation.last.view.requeuedFrom, 'ada');
    conversation.send({ type: 'AGENT_CLAIM', agentId: 'bob', agentName: 'Bob' });
    const released = conversation.send({ type: 'AGENT_RELEASE', agentId: 'bob' });
    assert.equal(conversation.state, 'ai');
    assert.equal(released.view.team, null);
    assert.equal(released.view.requeuedFrom, null);
  });

  test('an SLA edge can send a waiting conversation on to another team', () => {
    const flow = teamFlow('billing');
    flow.edges.push(flowEdge('sla', 'queue', 'queue', 'sla_timeout', { minutes: 5 }, { priority: 20, effects: { team: 'tier-2' } }));
    const conversation = escalated(flow);
    const fired = conversation.wait(5).send({ type: 'TIMER_FIRED', timerId: conversation.timerOf('sla')! });
    assert.equal(fired.view.team, 'tier-2');
  });

  describe('validation', () => {
    const codesOf = (flow: Flow) => validateFlow(flow).issues.map((issue) => `${issue.code} ${issue.nodeId ?? issue.edgeId}: ${issue.message}`);

    test('accepts a team on a queue node and on an edge into a queue', () => {
      assert.deepEqual(codesOf(teamFlow('billing', 'vip')), []);
    });

    test('refuses a team on any other kind of node, or on an edge that does not lead into a queue', () => {
      const flow = teamFlow();
      flow.nodes = flow.nodes.map((node) => (node.id === 'human' ? { ...node, team: 'billing' } : node));
      flow.edges = flow.edges.map((edge) => (edge.id === 'release' ? { ...edge, effects: { team: 'billing' } } : edge));
      assert.deepEqual(codesOf(flow), [
        'team_outside_queue release: Edge "release" routes to a team but leads to ai node "ai"; only edges into a queue node route to a team, so remove the team or point the edge at a queue.',
        'team_outside_queue human: Node "human" is a human node with a team; only queue nodes route to a team, so remove the team or set it on the queue.',
      ]);
    });

    test('refuses an empty or overlong team id', () => {
      const flow = teamFlow();
      flow.nodes = [...flow.nodes.map((node) => (node.id === 'queue' ? { ...node, team: '' } : node)), flowNode('queue2', 'queue', { team: 'x'.repeat(101) })];
      const messages = validateFlow(flow).issues.map((issue) => issue.message);
      assert.ok(messages.includes('Node "queue": team cannot be empty; leave it out for anyone'), messages.join('\n'));
      assert.ok(messages.includes('Node "queue2": team is longer than 100 characters'), messages.join('\n'));
    });
  });
});

describe('snapshots from before teams and reply tracking', () => {
  /** A conversation Ada holds, persisted the way older versions did: without the newer context fields. */
  function oldSnapshot(flow: Flow): ConversationSnapshot {
    const conversation = escalated(flow);
    conversation.send({ type: 'AGENT_CLAIM', agentId: 'ada', agentName: 'Ada' });
    const { assignedAt: _a, agentRepliedAt: _r, requeuedFrom: _q, team: _t, ...context } = conversation.snapshot.context;
    return { ...conversation.snapshot, context };
  }

  test('show no team, no reply and nobody requeued', () => {
    const flow = teamFlow();
    const view = viewOf(flow, oldSnapshot(flow));
    assert.equal(view.team, null);
    assert.equal(view.agentReplied, false);
    assert.equal(view.requeuedFrom, null);
  });

  test('keep running: a reply is recorded and a requeue sets the new fields', () => {
    const flow = teamFlow('billing');
    const replied = applyEvent(flow, oldSnapshot(flow), { type: 'AGENT_MESSAGE', agentId: 'ada', messageId: 'a1', at: '2025-01-06T10:05:00.000Z' });
    assert.equal(replied.ignored, null);
    assert.equal(replied.view.agentReplied, true);
    const away = applyEvent(flow, oldSnapshot(flow), { type: 'AGENT_UNAVAILABLE', agentId: 'ada', availability: 'AWAY', at: '2025-01-06T10:05:00.000Z' });
    assert.equal(away.view.requeuedFrom, 'ada');
    assert.equal(away.view.team, 'billing');
  });
});
