import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DEMO_WORKSPACE } from '../../server/seed-demo';
import { gqlOk } from '../support/graphql-client';
import { conversationWithMoves } from '../support/assignment-history';
import { startTestApp, type TestApp } from '../support/test-app';

const conversation = conversationWithMoves;

const BILLING = 'team_metrics_billing';

describe('assignment metrics through the metrics query', () => {
  let app: TestApp;
  let agent: string;
  before(async () => {
    app = await startTestApp('assignment_metrics');
    await app.db.teams.insertOne({ _id: BILLING, workspaceId: DEMO_WORKSPACE.id, name: 'Billing', nameKey: 'billing', createdAt: new Date() });
    await app.db.conversations.insertMany([
      // Assigned by the router to Sam after 2 min, requeued after 5 min unanswered, assigned to Riley 1 min later.
      conversation(
        'am1',
        { at: '2026-11-02T10:00:00Z', status: 'AWAITING_HUMAN', trigger: 'human_request', teamId: BILLING },
        { at: '2026-11-02T10:02:00Z', status: 'HUMAN_ACTIVE', trigger: 'agent_claim', agentId: 'u_demo_agent', teamId: BILLING, assignedBy: 'router' },
        { at: '2026-11-02T10:07:00Z', status: 'AWAITING_HUMAN', trigger: 'agent_no_reply', agentId: 'u_demo_agent', teamId: BILLING },
        { at: '2026-11-02T10:08:00Z', status: 'HUMAN_ACTIVE', trigger: 'agent_claim', agentId: 'u_demo_agent2', teamId: BILLING, assignedBy: 'router' },
      ),
      // Claimed by Sam after 10 min, no team.
      conversation(
        'am2',
        { at: '2026-11-02T10:05:00Z', status: 'AWAITING_HUMAN', trigger: 'keyword' },
        { at: '2026-11-02T10:15:00Z', status: 'HUMAN_ACTIVE', trigger: 'agent_claim', agentId: 'u_demo_agent' },
      ),
      // Started the day before, waiting into the range: in the queue length only (the other figures are of conversations started in the range).
      conversation(
        'am0',
        { at: '2026-11-01T23:00:00Z', status: 'AWAITING_HUMAN', trigger: 'keyword' },
        { at: '2026-11-02T00:30:00Z', status: 'HUMAN_ACTIVE', trigger: 'agent_claim', agentId: 'u_demo_agent2' },
      ),
      // Still waiting when the range ends.
      conversation('am3', { at: '2026-11-02T23:30:00Z', status: 'AWAITING_HUMAN', trigger: 'no_answer', teamId: BILLING }),
    ]);
    agent = (await gqlOk<{ login: { token: string } }>(app.url, 'mutation { login(email: "agent@baton.test", password: "baton-demo") { token } }')).login.token;
  });
  after(async () => {
    await app?.stop();
  });

  test('time to assignment, counts by agent and team named as people see them, and the queue hour by hour', async () => {
    const { metrics } = await gqlOk<{ metrics: Record<string, any> }>(
      app.url,
      `query { metrics(range: { from: "2026-11-02T00:00:00Z", to: "2026-11-03T00:00:00Z" }) {
        timeToAssignmentSeconds { p50 p90 count }
        assignmentsByAgent { label assignments requeues }
        assignmentsByTeam { label assignments requeues }
        queueLength { at waiting }
      } }`,
      {},
      agent,
    );
    assert.deepEqual(metrics.timeToAssignmentSeconds, { p50: 120, p90: 600, count: 3 });
    assert.deepEqual(metrics.assignmentsByAgent, [
      { label: 'Sam Agent', assignments: 2, requeues: 1 },
      { label: 'Riley Agent', assignments: 1, requeues: 0 },
    ]);
    assert.deepEqual(metrics.assignmentsByTeam, [
      { label: 'Billing', assignments: 2, requeues: 1 },
      { label: '(no team)', assignments: 1, requeues: 0 },
    ]);
    assert.equal(metrics.queueLength.length, 24);
    const waiting = Object.fromEntries(metrics.queueLength.map((point: { at: string; waiting: number }) => [point.at.slice(11, 13), point.waiting]));
    assert.deepEqual([waiting['00'], waiting['01'], waiting['09'], waiting['10'], waiting['11'], waiting['22'], waiting['23']], [1, 0, 0, 2, 0, 0, 1]);
  });
});
