import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assignmentEventsOf, countAssignmentTransitions, type CountedTransition } from '../../activities/assignment-metrics';
import { assignments, requeues, timeToAssignment } from '../../telemetry/metrics';

type Move = Partial<CountedTransition> & Pick<CountedTransition, 'at' | 'status'>;
const move = (fields: Move): CountedTransition => ({ from: 'a', to: 'b', triggerType: null, ...fields });

const waits = (at: string, teamId?: string) => move({ at, status: 'AWAITING_HUMAN', triggerType: 'human_request', teamId, from: 'ai', to: 'queue' });
const assigned = (at: string, agentId: string, teamId?: string, assignedBy?: 'router') =>
  move({ at, status: 'HUMAN_ACTIVE', triggerType: 'agent_claim', agentId, teamId, assignedBy, from: 'queue', to: 'human' });
const requeued = (at: string, agentId: string, teamId?: string) =>
  move({ at, status: 'AWAITING_HUMAN', triggerType: 'agent_no_reply', agentId, teamId, from: 'human', to: 'queue' });

async function sampleValue(
  metric: { get(): Promise<{ values: { value: number; labels: Record<string, unknown>; metricName?: string }[] }> },
  labels: Record<string, string>,
  name?: string,
) {
  const { values } = await metric.get();
  const found = values.find(
    (value) => (name === undefined || value.metricName === name) && Object.entries(labels).every(([key, wanted]) => value.labels[key] === wanted),
  );
  return found?.value ?? 0;
}

describe('assignment counts for Prometheus', () => {
  test('one step that escalates and is assigned by the router: one assignment with its wait', () => {
    assert.deepEqual(assignmentEventsOf([assigned('2026-11-02T10:01:30Z', 'ann', 't1', 'router'), waits('2026-11-02T10:00:00Z', 't1')]), [
      { kind: 'assigned', team: 't1', by: 'router', waitedSeconds: 90 },
    ]);
  });

  test("a claim alone takes its wait from waitingSince; without it the wait is unknown; no team is 'none'", () => {
    assert.deepEqual(assignmentEventsOf([assigned('2026-11-02T10:05:00Z', 'ann')], '2026-11-02T10:00:00Z'), [
      { kind: 'assigned', team: 'none', by: 'agent', waitedSeconds: 300 },
    ]);
    assert.deepEqual(assignmentEventsOf([assigned('2026-11-02T10:05:00Z', 'ann')]), [{ kind: 'assigned', team: 'none', by: 'agent', waitedSeconds: null }]);
  });

  test('a reopening counts as an assignment by the agent, with no wait even when an old escalation time is given', () => {
    const reopened = move({ at: '2026-11-03T09:00:00Z', status: 'HUMAN_ACTIVE', triggerType: 'agent_reopen', agentId: 'ann', from: 'resolved', to: 'human' });
    assert.deepEqual(assignmentEventsOf([reopened], '2026-11-02T10:00:00Z'), [{ kind: 'assigned', team: 'none', by: 'agent', waitedSeconds: null }]);
  });

  test('a requeue then another assignment in one step: the second wait counts from the requeue', () => {
    assert.deepEqual(
      assignmentEventsOf([requeued('2026-11-02T10:10:00Z', 'ann', 't1'), assigned('2026-11-02T10:10:20Z', 'bob', 't1', 'router')], '2026-11-02T10:00:00Z'),
      [
        { kind: 'requeued', team: 't1', reason: 'agent_no_reply' },
        { kind: 'assigned', team: 't1', by: 'router', waitedSeconds: 20 },
      ],
    );
  });

  test('an SLA reminder while waiting, a self-loop while held and the same agent again count nothing', () => {
    const reminder = move({ at: '2026-11-02T10:05:00Z', status: 'AWAITING_HUMAN', triggerType: 'sla_timeout', from: 'queue', to: 'queue' });
    const selfLoop = move({ at: '2026-11-02T10:06:00Z', status: 'HUMAN_ACTIVE', triggerType: 'x', agentId: 'ann', from: 'human', to: 'human' });
    assert.deepEqual(assignmentEventsOf([reminder], '2026-11-02T10:00:00Z'), []);
    assert.deepEqual(assignmentEventsOf([selfLoop]), []);
    const twice = [
      assigned('2026-11-02T10:01:00Z', 'ann'),
      move({ at: '2026-11-02T10:02:00Z', status: 'HUMAN_ACTIVE', agentId: 'ann', from: 'human', to: 'human2' }),
    ];
    assert.equal(assignmentEventsOf(twice).length, 1);
  });

  test('countAssignmentTransitions adds to the counters by team id and by who assigned, and observes the waits', async () => {
    const team = `t_${Date.now()}`;
    const before = {
      router: await sampleValue(assignments, { team, by: 'router' }),
      requeue: await sampleValue(requeues, { team, reason: 'agent_no_reply' }),
      waits: await sampleValue(timeToAssignment, { by: 'router' }, 'baton_time_to_assignment_seconds_count'),
    };
    countAssignmentTransitions([waits('2026-11-02T10:00:00Z', team), assigned('2026-11-02T10:00:40Z', 'ann', team, 'router')]);
    countAssignmentTransitions([requeued('2026-11-02T10:05:00Z', 'ann', team), assigned('2026-11-02T10:06:00Z', 'bob', team, 'router')]);
    assert.equal(await sampleValue(assignments, { team, by: 'router' }), before.router + 2);
    assert.equal(await sampleValue(requeues, { team, reason: 'agent_no_reply' }), before.requeue + 1);
    assert.equal(await sampleValue(timeToAssignment, { by: 'router' }, 'baton_time_to_assignment_seconds_count'), before.waits + 2);
    const labels = (await assignments.get()).values.flatMap((value) => Object.values(value.labels));
    assert.ok(!labels.includes('ann') && !labels.includes('bob'), 'agent ids never become label values');
  });
});
