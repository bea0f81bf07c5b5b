import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { RouterState, carryRouting, restoreRouting } from './router-state';
import { DEFAULT_ROUTING_SETTINGS, type AssignmentMode, type RoutedAgent, type RoutedConversation } from './routing-types';

const T0 = Date.parse('2026-12-01T10:00:00.000Z');
const iso = (ms: number) => new Date(T0 + ms).toISOString();

const agent = (agentId: string, extra: Partial<RoutedAgent> = {}): RoutedAgent => ({
  agentId,
  name: agentId.toUpperCase(),
  active: true,
  availability: 'AVAILABLE',
  availabilityChangedAt: iso(0),
  lastSeenAt: iso(0),
  capacity: null,
  teamIds: [],
  version: 1,
  ...extra,
});

const waiting = (conversationId: string, secondsWaiting: number, extra: Partial<RoutedConversation> = {}): RoutedConversation => ({
  conversationId,
  stepVersion: 1,
  status: 'AWAITING_HUMAN',
  teamId: null,
  priority: 'normal',
  waitingSince: iso(-secondsWaiting * 1000),
  assigneeId: null,
  agentReplied: false,
  requeuedFrom: null,
  ...extra,
});

function router(mode: AssignmentMode, defaultCapacity = 1) {
  return new RouterState({ ...DEFAULT_ROUTING_SETTINGS, mode, defaultCapacity });
}

/** Makes every planned claim succeed, as the conversation workflow would when nobody else claims first. */
function assignAll(state: RouterState) {
  const plan = state.planAssignments();
  for (const { conversationId, agentId } of plan) state.assigned(conversationId, agentId);
  return plan;
}

describe('the assignment router state', () => {
  test('least loaded: three agents of capacity 1 take the three longest waiting of five; the rest wait in order', () => {
    const state = router('LEAST_LOADED');
    for (const id of ['a', 'b', 'c']) state.updateAgent(agent(id));
    for (const [id, waited] of [
      ['c1', 50],
      ['c2', 40],
      ['c3', 30],
      ['c4', 20],
      ['c5', 10],
    ] as const)
      state.updateConversation(waiting(id, waited));
    const plan = assignAll(state);
    assert.deepEqual(
      plan.map((claim) => claim.conversationId),
      ['c1', 'c2', 'c3'],
    );
    assert.deepEqual(new Set(plan.map((claim) => claim.agentId)), new Set(['a', 'b', 'c']));
    assert.deepEqual(
      state.queue().map((conversation) => conversation.conversationId),
      ['c4', 'c5'],
    );
    assert.deepEqual(state.planAssignments(), [], 'everyone is at capacity');

    // b resolves c2: the oldest waiting goes to b.
    const held = plan.find((claim) => claim.agentId === 'b')!;
    state.updateConversation({ ...waiting(held.conversationId, 0), stepVersion: 5, status: 'RESOLVED', waitingSince: null, assigneeId: null });
    assert.deepEqual(state.planAssignments(), [{ conversationId: 'c4', agentId: 'b', agentName: 'B' }]);
  });

  test('priority before waiting time; teams only to their members; MANUAL assigns nothing', () => {
    const state = router('LEAST_LOADED', 5);
    state.updateAgent(agent('a', { teamIds: ['billing'] }));
    state.updateAgent(agent('b'));
    state.updateConversation(waiting('old', 100));
    state.updateConversation(waiting('urgent', 1, { priority: 'urgent' }));
    state.updateConversation(waiting('refund', 50, { teamId: 'billing' }));
    assert.deepEqual(
      state.queue().map((conversation) => conversation.conversationId),
      ['urgent', 'old', 'refund'],
    );
    const plan = assignAll(state);
    assert.equal(plan.find((claim) => claim.conversationId === 'refund')?.agentId, 'a');

    const manual = router('MANUAL');
    manual.updateAgent(agent('a'));
    manual.updateConversation(waiting('c', 1));
    assert.deepEqual(manual.planAssignments(), []);
  });

  test('round robin takes agents in turn whatever their load', () => {
    const state = router('ROUND_ROBIN', 10);
    for (const id of ['a', 'b', 'c']) state.updateAgent(agent(id));
    for (let index = 0; index < 6; index += 1) state.updateConversation(waiting(`c${index}`, 100 - index));
    assert.deepEqual(
      assignAll(state).map((claim) => claim.agentId),
      ['a', 'b', 'c', 'a', 'b', 'c'],
    );
  });

  test('AWAY, OFFLINE and deactivated agents get nothing; a requeued conversation goes to someone else first', () => {
    const state = router('LEAST_LOADED', 3);
    state.updateAgent(agent('a', { availability: 'AWAY' }));
    state.updateAgent(agent('b', { active: false }));
    state.updateAgent(agent('c'));
    state.updateAgent(agent('d'));
    state.updateConversation(waiting('x', 10, { requeuedFrom: 'c' }));
    assert.deepEqual(
      assignAll(state).map((claim) => claim.agentId),
      ['d'],
    );
    // With nobody else free, it goes back to the same agent rather than waiting.
    const alone = router('LEAST_LOADED', 3);
    alone.updateAgent(agent('c'));
    alone.updateConversation(waiting('x', 10, { requeuedFrom: 'c' }));
    assert.deepEqual(
      assignAll(alone).map((claim) => claim.agentId),
      ['c'],
    );
  });

  test('a refused claim is not retried until the conversation reports a newer step; an older report never wins', () => {
    const state = router('LEAST_LOADED', 3);
    state.updateAgent(agent('a'));
    state.updateConversation(waiting('x', 10, { stepVersion: 3 }));
    assert.equal(state.planAssignments().length, 1);
    state.refused('x');
    assert.deepEqual(state.planAssignments(), []);
    state.updateConversation(waiting('x', 10, { stepVersion: 2, status: 'HUMAN_ACTIVE', assigneeId: 'z' }));
    assert.equal(state.conversations.get('x')?.status, 'AWAITING_HUMAN', 'an older report is ignored');
    state.updateConversation(waiting('x', 10, { stepVersion: 4 }));
    assert.equal(state.planAssignments().length, 1);
  });

  test('the unanswered conversations of an agent who went away fall due after the grace; answered ones stay', () => {
    const state = router('LEAST_LOADED', 3);
    state.settings = { ...state.settings, reassignAfterSeconds: 60 };
    state.updateAgent(agent('a', { availability: 'OFFLINE', availabilityChangedAt: iso(0), version: 2 }));
    state.updateConversation(waiting('quiet', 10, { status: 'HUMAN_ACTIVE', assigneeId: 'a', waitingSince: null }));
    state.updateConversation(waiting('talking', 10, { status: 'HUMAN_ACTIVE', assigneeId: 'a', waitingSince: null, agentReplied: true }));
    assert.deepEqual(state.dueRequeues(T0 + 30_000), { due: [], nextAt: T0 + 60_000 });
    assert.deepEqual(state.dueRequeues(T0 + 60_000).due, [{ conversationId: 'quiet', agentId: 'a', availability: 'OFFLINE' }]);
  });

  test('an AVAILABLE agent is checked for idleness awayAfterSeconds after their last heartbeat', () => {
    const state = router('MANUAL');
    state.updateAgent(agent('a', { lastSeenAt: iso(5_000) }));
    state.updateAgent(agent('b', { availability: 'AWAY' }));
    assert.equal(state.nextIdleCheck(), T0 + 5_000 + DEFAULT_ROUTING_SETTINGS.awayAfterSeconds * 1000);
  });

  test('a fresh read of MongoDB makes up for lost reports, but never drops a conversation reported while it was read', () => {
    const state = router('LEAST_LOADED', 1);
    state.updateAgent(agent('a'));
    state.updateConversation(waiting('held', 10, { status: 'HUMAN_ACTIVE', assigneeId: 'a', waitingSince: null }));
    state.updateConversation(waiting('fresh', 5));
    state.updateConversation(waiting('queued', 8));
    assert.deepEqual(state.planAssignments(), [], 'a is full with a conversation that was resolved, but the report was lost');
    state.reconcile({ settings: state.settings, agents: [agent('a')], conversations: [waiting('queued', 8)] }, new Set(['fresh']));
    assert.deepEqual([...state.conversations.keys()].sort(), ['fresh', 'queued']);
    assert.deepEqual(
      state.planAssignments().map((claim) => claim.conversationId),
      ['queued'],
    );
  });

  test('carried over continue-as-new, the state decides the same', () => {
    const state = router('ROUND_ROBIN', 2);
    for (const id of ['a', 'b']) state.updateAgent(agent(id));
    state.updateConversation(waiting('c1', 5));
    assignAll(state);
    state.updateConversation(waiting('c2', 4));
    const copy = restoreRouting(JSON.parse(JSON.stringify(carryRouting(state))));
    assert.deepEqual(copy.planAssignments(), state.planAssignments());
  });

  test('property: whatever the order of reports and claims, no agent is planned above capacity and no conversation twice', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<AssignmentMode>('LEAST_LOADED', 'ROUND_ROBIN'),
        fc.array(fc.oneof(fc.constant('report'), fc.constant('assign'), fc.constant('refuse'), fc.constant('resolve')), { minLength: 10, maxLength: 80 }),
        fc.integer({ min: 1, max: 4 }),
        (mode, steps, capacity) => {
          const state = router(mode, capacity);
          for (const id of ['a', 'b', 'c', 'd', 'e']) state.updateAgent(agent(id));
          let reported = 0;
          const claimed = new Map<string, string>();
          const pending: { conversationId: string; agentId: string }[] = [];
          for (const step of steps) {
            if (step === 'report') state.updateConversation(waiting(`c${reported++}`, 100 - reported));
            if (step === 'assign' || step === 'refuse') {
              const claim = pending.shift();
              if (!claim) continue;
              if (step === 'assign') {
                assert.equal(claimed.has(claim.conversationId), false, `${claim.conversationId} assigned twice`);
                claimed.set(claim.conversationId, claim.agentId);
                state.assigned(claim.conversationId, claim.agentId);
              } else state.refused(claim.conversationId);
            }
            if (step === 'resolve') {
              const [conversationId] = claimed.keys();
              if (conversationId === undefined) continue;
              claimed.delete(conversationId);
              state.updateConversation({ ...waiting(conversationId, 0), stepVersion: 9, status: 'RESOLVED' });
            }
            pending.push(...state.planAssignments());
            for (const id of ['a', 'b', 'c', 'd', 'e']) assert.ok(state.loadOf(id) <= capacity, `${id} above capacity`);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
