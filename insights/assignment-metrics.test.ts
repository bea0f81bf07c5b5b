import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ConversationStatus } from '../store/documents';
import { assignmentCounts, queueLengths, timesToAssignment, type AssignmentConversation } from './assignment-metrics';
import { computeMetrics } from './conversation-metrics';

type Move = { at: string; status: ConversationStatus; trigger?: string; agentId?: string; teamId?: string; assignedBy?: 'router' };

/** A conversation whose transitions are given in any order, as the workflow would record them. */
function conversation(...moves: Move[]): AssignmentConversation {
  return {
    transitions: moves.map((move) => ({
      at: new Date(move.at),
      from: 'somewhere',
      to: move.status.toLowerCase(),
      status: move.status,
      triggerType: move.trigger ?? null,
      triggerId: move.trigger ?? null,
      agentId: move.agentId ?? null,
      teamId: move.teamId ?? null,
      assignedBy: move.assignedBy ?? null,
    })),
  };
}

const waits = (at: string, teamId?: string, trigger = 'human_request'): Move => ({ at, status: 'AWAITING_HUMAN', trigger, teamId });
const held = (at: string, agentId: string, teamId?: string, assignedBy?: 'router'): Move => ({
  at,
  status: 'HUMAN_ACTIVE',
  trigger: 'agent_claim',
  agentId,
  teamId,
  assignedBy,
});
const requeued = (at: string, agentId: string, teamId?: string): Move => ({ at, status: 'AWAITING_HUMAN', trigger: 'agent_no_reply', agentId, teamId });
const resolved = (at: string, agentId?: string): Move => ({ at, status: 'RESOLVED', trigger: 'resolve', agentId });

/** Requeued by Ann (billing) after 5 min, then assigned to Bob 1 min later, who resolves it. */
const REQUEUED_ONCE = conversation(
  waits('2026-11-02T10:00:00Z', 'billing'),
  held('2026-11-02T10:02:00Z', 'ann', 'billing', 'router'),
  requeued('2026-11-02T10:07:00Z', 'ann', 'billing'),
  held('2026-11-02T10:08:00Z', 'bob', 'billing', 'router'),
  resolved('2026-11-02T10:30:00Z', 'bob'),
);
const NAMES = { agents: new Map([['ann', 'Ann Agent']]), teams: new Map([['billing', 'Billing']]) };

describe('time to assignment', () => {
  test('each wait counts from its start to the agent who took it, a requeued conversation twice', () => {
    assert.deepEqual(timesToAssignment([REQUEUED_ONCE]), [120, 60]);
  });

  test('a self-loop while waiting (an SLA reminder) does not restart the wait; transitions out of order are sorted', () => {
    const reminded = conversation(held('2026-11-02T10:10:00Z', 'ann'), waits('2026-11-02T10:05:00Z', undefined, 'sla_timeout'), waits('2026-11-02T10:00:00Z'));
    assert.deepEqual(timesToAssignment([reminded]), [600]);
  });

  test('a wait still going, or that ended without an agent (resolved, back to the AI), has no time', () => {
    const stillWaiting = conversation(waits('2026-11-02T10:00:00Z'));
    const givenUp = conversation(waits('2026-11-02T10:00:00Z'), resolved('2026-11-02T10:05:00Z'), held('2026-11-02T12:00:00Z', 'ann'));
    assert.deepEqual(timesToAssignment([stillWaiting, givenUp, conversation()]), []);
  });

  test('computeMetrics counts conversations started before the range in the queue length only', () => {
    const earlier = conversation(waits('2026-11-01T23:00:00Z'), held('2026-11-02T00:30:00Z', 'ann'));
    const metrics = computeMetrics({
      conversations: [],
      startedEarlier: [earlier],
      entries: [],
      businessHours: null,
      range: { from: new Date('2026-11-02T00:00:00Z'), to: new Date('2026-11-02T02:00:00Z') },
      now: new Date('2026-11-03T00:00:00Z'),
    });
    assert.deepEqual(metrics.queueLength, [
      { at: '2026-11-02T00:00:00.000Z', waiting: 1 },
      { at: '2026-11-02T01:00:00.000Z', waiting: 0 },
    ]);
    assert.deepEqual([metrics.timeToAssignmentSeconds.count, metrics.assignmentsByAgent], [0, []]);
  });

  test('computeMetrics reports them as percentiles, and none over an empty range', () => {
    const metrics = computeMetrics({
      conversations: [{ _id: 'c1', createdAt: new Date('2026-11-02T10:00:00Z'), ...REQUEUED_ONCE }],
      entries: [],
      businessHours: null,
    });
    assert.deepEqual(metrics.timeToAssignmentSeconds, { p50: 60, p90: 120, count: 2 });
    assert.deepEqual(metrics.escalationsByTrigger, [{ trigger: 'human_request', count: 1 }], 'a requeue is not an escalation');
    const empty = computeMetrics({ conversations: [], entries: [], businessHours: null, range: { from: new Date(0), to: new Date(3_600_000) } });
    assert.deepEqual(empty.timeToAssignmentSeconds, { p50: null, p90: null, count: 0 });
    assert.deepEqual([empty.assignmentsByAgent, empty.assignmentsByTeam], [[], []]);
    assert.deepEqual(empty.queueLength, [{ at: '1970-01-01T00:00:00.000Z', waiting: 0 }]);
  });
});

describe('assignments and requeues', () => {
  test('a conversation requeued then assigned to someone else counts two assignments and one requeue', () => {
    const { byAgent, byTeam } = assignmentCounts([REQUEUED_ONCE], NAMES);
    assert.deepEqual(byAgent, [
      { label: 'Ann Agent', assignments: 1, requeues: 1 },
      { label: 'bob', assignments: 1, requeues: 0 },
    ]);
    assert.deepEqual(byTeam, [{ label: 'Billing', assignments: 2, requeues: 1 }]);
  });

  test('conversations routed to no team count under (no team); unknown teams show their id', () => {
    const claimed = conversation(waits('2026-11-02T10:00:00Z'), held('2026-11-02T10:01:00Z', 'ann'));
    const elsewhere = conversation(waits('2026-11-02T11:00:00Z', 't_gone'), held('2026-11-02T11:01:00Z', 'ann', 't_gone'));
    const { byAgent, byTeam } = assignmentCounts([claimed, elsewhere, REQUEUED_ONCE], NAMES);
    assert.deepEqual(byAgent[0], { label: 'Ann Agent', assignments: 3, requeues: 1 });
    assert.deepEqual(byTeam, [
      { label: 'Billing', assignments: 2, requeues: 1 },
      { label: '(no team)', assignments: 1, requeues: 0 },
      { label: 't_gone', assignments: 1, requeues: 0 },
    ]);
  });

  test('a move that stays with the same agent counts nothing; one naming another agent counts for them; a reopening counts', () => {
    const moves = conversation(
      waits('2026-11-02T10:00:00Z'),
      held('2026-11-02T10:01:00Z', 'ann'),
      held('2026-11-02T10:02:00Z', 'ann'),
      held('2026-11-02T10:03:00Z', 'bob'),
      resolved('2026-11-02T10:04:00Z', 'bob'),
      held('2026-11-02T11:00:00Z', 'bob'),
    );
    assert.deepEqual(assignmentCounts([moves], NAMES).byAgent, [
      { label: 'bob', assignments: 2, requeues: 0 },
      { label: 'Ann Agent', assignments: 1, requeues: 0 },
    ]);
  });

  test('only agent_no_reply from an agent counts a requeue, for the agent who held it even when the move does not name them', () => {
    const released = conversation(
      waits('2026-11-02T10:00:00Z'),
      held('2026-11-02T10:01:00Z', 'ann'),
      waits('2026-11-02T10:02:00Z', undefined, 'agent_release'),
    );
    const unnamed = conversation(waits('2026-11-02T10:00:00Z'), held('2026-11-02T10:01:00Z', 'bob'), {
      at: '2026-11-02T10:09:00Z',
      status: 'AWAITING_HUMAN',
      trigger: 'agent_no_reply',
    });
    assert.deepEqual(assignmentCounts([released, unnamed], NAMES).byAgent, [
      { label: 'bob', assignments: 1, requeues: 1 },
      { label: 'Ann Agent', assignments: 1, requeues: 0 },
    ]);
  });
});

describe('queue length', () => {
  const day = { from: new Date('2026-11-02T00:00:00Z'), to: new Date('2026-11-03T00:00:00Z') };
  const after = new Date('2026-12-01T00:00:00Z');
  const at = (points: { at: string; waiting: number }[], iso: string) => points.find((point) => point.at === iso)?.waiting;

  test('hourly over a day: the most waiting at once in each hour, from the waiting intervals', () => {
    const a = conversation(waits('2026-11-02T10:00:00Z'), held('2026-11-02T10:30:00Z', 'ann'));
    const b = conversation(waits('2026-11-02T10:15:00Z'), held('2026-11-02T11:10:00Z', 'ann'));
    const c = conversation(waits('2026-11-02T10:45:00Z'), held('2026-11-02T10:50:00Z', 'bob'));
    const points = queueLengths([a, b, c], day, after);
    assert.equal(points.length, 24);
    assert.equal(points[0]!.at, '2026-11-02T00:00:00.000Z');
    assert.deepEqual(
      ['09', '10', '11', '12'].map((hour) => at(points, `2026-11-02T${hour}:00:00.000Z`)),
      [0, 2, 1, 0],
    );
  });

  test('a requeued conversation waits twice; one leaving as another joins is never two at once', () => {
    const d = conversation(waits('2026-11-02T13:00:00Z'), held('2026-11-02T13:20:00Z', 'ann'));
    const e = conversation(waits('2026-11-02T13:20:00Z'), held('2026-11-02T13:40:00Z', 'ann'));
    const points = queueLengths([REQUEUED_ONCE, d, e], day, after);
    assert.equal(at(points, '2026-11-02T10:00:00.000Z'), 1);
    assert.equal(at(points, '2026-11-02T13:00:00.000Z'), 1);
  });

  test('a wait ending on the hour does not count in the next hour', () => {
    const f = conversation(waits('2026-11-02T15:30:00Z'), held('2026-11-02T16:00:00Z', 'ann'));
    const points = queueLengths([f], day, after);
    assert.deepEqual([at(points, '2026-11-02T15:00:00.000Z'), at(points, '2026-11-02T16:00:00.000Z')], [1, 0]);
  });

  test('a conversation still waiting at the range end counts to the end, and one waiting from before the range from its start', () => {
    const stillWaiting = conversation(waits('2026-11-02T22:10:00Z'));
    const fromYesterday = conversation(waits('2026-11-01T20:00:00Z'), held('2026-11-02T01:00:00Z', 'ann'));
    const points = queueLengths([stillWaiting, fromYesterday], day, after);
    assert.deepEqual(
      points.map((point) => point.waiting),
      [1, 0, ...Array.from({ length: 20 }, () => 0), 1, 1],
    );
  });

  test('buckets stop at now: still waiting counts up to now, the future is not charted', () => {
    const now = new Date('2026-11-02T05:30:00Z');
    const points = queueLengths([conversation(waits('2026-11-02T03:10:00Z'))], day, now);
    assert.deepEqual(
      points.map((point) => point.waiting),
      [0, 0, 0, 1, 1, 1],
    );
  });

  test('over 14 days: one point per UTC day', () => {
    const month = { from: new Date('2026-10-15T08:00:00Z'), to: new Date('2026-11-14T08:00:00Z') };
    const points = queueLengths([REQUEUED_ONCE, conversation(waits('2026-11-02T23:00:00Z'), held('2026-11-03T01:00:00Z', 'bob'))], month, after);
    assert.equal(points.length, 31);
    assert.equal(points[0]!.at, '2026-10-15T00:00:00.000Z');
    assert.deepEqual([at(points, '2026-11-01T00:00:00.000Z'), at(points, '2026-11-02T00:00:00.000Z'), at(points, '2026-11-03T00:00:00.000Z')], [0, 1, 1]);
  });

  test('an empty or reversed range has no points', () => {
    assert.deepEqual(queueLengths([REQUEUED_ONCE], { from: day.to, to: day.from }, after), []);
    assert.deepEqual(queueLengths([REQUEUED_ONCE], day, new Date('2026-11-01T00:00:00Z')), []);
  });
});
