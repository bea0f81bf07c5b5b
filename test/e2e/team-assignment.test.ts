import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createAgents } from '../support/demo-actors';
import { gqlOk } from '../support/graphql-client';
import { publishTestFlow, setTriggerParam } from '../support/publish-test-flow';
import { adminToken, escalate, resolveAs, setAssignment, setAvailability, timesAssigned, waitForConversations } from '../support/team-inbox';
import { waitUntil } from '../support/wait-until';
import { startTestApp, type TestApp } from '../support/test-app';
import { batonCli } from '../support/baton-cli';

const holder = (doc: { assignee: { id: string } | null }) => doc.assignee?.id ?? null;

describe('automatic assignment on the real servers', () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp('team-assignment');
  });
  after(async () => {
    await app.stop();
  });

  test('LEAST_LOADED: three agents of capacity 1 take three of five escalations; a freed agent takes the oldest waiting; an agent going OFFLINE gives theirs back', async () => {
    const { url, db } = app;
    await setAssignment(url, { mode: 'LEAST_LOADED', defaultCapacity: 1, awayAfterSeconds: 3600, reassignAfterSeconds: 1 });
    const agents = await createAgents(db, url, 3, 'least');
    const ids: string[] = [];
    // One after the other, so the queue's order (longest waiting first) is known.
    for (let index = 0; index < 5; index += 1) {
      ids.push(await escalate(url));
      await waitForConversations(db, [ids[index]!], ([doc]) => doc!.status !== 'AI_ANSWERING', `escalation ${index + 1}`);
    }
    let docs = await waitForConversations(db, ids, (all) => all.filter((doc) => doc.status === 'HUMAN_ACTIVE').length === 3, 'three conversations assigned');
    assert.deepEqual(
      docs.map((doc) => doc.status),
      ['HUMAN_ACTIVE', 'HUMAN_ACTIVE', 'HUMAN_ACTIVE', 'AWAITING_HUMAN', 'AWAITING_HUMAN'],
      'the three longest waiting are assigned, the other two wait',
    );
    assert.deepEqual(new Set(docs.slice(0, 3).map(holder)), new Set(agents.map((agent) => agent.id)), 'one each');
    const assignedNote = await db.messages.findOne({ conversationId: ids[0], kind: 'NOTE', text: /automatically/i });
    assert.ok(assignedNote, 'the timeline says the conversation was assigned automatically');

    // The holder of the second conversation resolves it: the oldest waiting (the fourth) goes to them.
    const freed = agents.find((agent) => agent.id === holder(docs[1]!))!;
    const resolvedAt = Date.now();
    await resolveAs(url, freed.token, ids[1]!);
    docs = await waitForConversations(db, ids, (all) => holder(all[3]!) === freed.id, 'the oldest waiting assigned to the freed agent');
    const assignedWithinMs = Date.now() - resolvedAt;
    assert.equal(docs[4]!.status, 'AWAITING_HUMAN', 'the newest still waits');
    console.log(`# resolve → oldest waiting assigned to the freed agent in ${assignedWithinMs} ms`);

    // The holder of the first goes OFFLINE without having answered: after the grace it returns to the queue…
    const leaving = agents.find((agent) => agent.id === holder(docs[0]!))!;
    await setAvailability(url, leaving.token, 'OFFLINE');
    await waitForConversations(
      db,
      [ids[0]!],
      ([doc]) => doc!.status === 'AWAITING_HUMAN' && doc!.assignee === null,
      'the offline agent’s conversation requeued',
    );
    // … and, once someone has room, goes to an available agent (it waited longest, so before the fifth).
    await setAssignment(url, { defaultCapacity: 2 });
    docs = await waitForConversations(db, ids, (all) => all[0]!.status === 'HUMAN_ACTIVE' && all[4]!.status === 'HUMAN_ACTIVE', 'both waiting assigned');
    assert.notEqual(holder(docs[0]!), leaving.id, 'reassigned to an available agent');
    assert.notEqual(holder(docs[4]!), leaving.id);
    const note = await db.messages.findOne({ conversationId: ids[0], kind: 'NOTE', text: /without answering/i });
    assert.ok(note, 'a note says why it went back to the queue');
  });

  test('agent_no_reply (1 minute): an assigned conversation nobody answers goes back to the queue and to another agent, noted in the timeline and the history', async () => {
    const { url, db } = app;
    await publishTestFlow(db, (flow) => setTriggerParam(flow, 'agent-no-reply', { minutes: 1 }));
    // The agents of the other test keep what they hold and take nothing new: two fresh ones are the only ones free.
    for (const agent of await db.users.find({ _id: /^u_least_/ }).toArray()) {
      await gqlOk(url, 'mutation ($id: ID!) { updateAgent(id: $id, input: { capacity: 0 }) { id } }', { id: agent._id }, await adminToken(url));
    }
    await setAssignment(url, { mode: 'LEAST_LOADED', defaultCapacity: 5, awayAfterSeconds: 3600 });
    const agents = await createAgents(db, url, 2, 'quiet');
    const id = await escalate(url);
    const [first] = await waitForConversations(db, [id], ([doc]) => doc!.status === 'HUMAN_ACTIVE', 'assigned');
    const firstAgent = holder(first!);
    assert.ok(agents.some((agent) => agent.id === firstAgent));
    const [second] = await waitForConversations(
      db,
      [id],
      ([doc]) => doc!.status === 'HUMAN_ACTIVE' && holder(doc!) !== firstAgent,
      'requeued after a minute of silence and given to the other agent',
      120_000,
    );
    assert.ok(agents.some((agent) => agent.id === holder(second!)));
    assert.equal(timesAssigned(second!), 2);
    const requeue = second!.transitions!.find((transition) => transition.triggerType === 'agent_no_reply');
    assert.equal(requeue?.agentId, firstAgent, 'the requeue names the agent who did not answer');
    const note = await db.messages.findOne({ conversationId: id, kind: 'NOTE', text: /did not answer within 1 minute/i });
    assert.ok(note, 'the timeline notes why it went back');
    const history = await batonCli(app.settings)('history', id);
    assert.equal(history.code, 0, history.stderr);
    assert.match(history.stdout, /agent_no_reply|did not answer/i, 'the workflow history shows the requeue');
  });

  test('an inbox that stops sending heartbeats leaves its agent AWAY after awayAfterSeconds; the next heartbeat brings them back; one that keeps beating stays AVAILABLE', async () => {
    const { url, db } = app;
    await setAssignment(url, { awayAfterSeconds: 30 });
    const [quiet, beating] = await createAgents(db, url, 2, 'idle');
    // The quiet agent's last sign of life is their sign-in, recorded inside createAgents, a moment before it returns.
    const signedInAt = (await db.users.findOne({ _id: quiet!.id }))!.lastSeenAt!.getTime();
    const heartbeat = (token: string) => gqlOk(url, 'mutation { heartbeat { id } }', {}, token);
    let lastBeat = 0;
    const away = await waitUntil(
      async () => {
        // Every 5 s, as an open inbox does every 20 s.
        if (Date.now() - lastBeat >= 5_000) {
          lastBeat = Date.now();
          await heartbeat(beating!.token);
        }
        const user = await db.users.findOne({ _id: quiet!.id });
        return user?.availability === 'AWAY' ? user : null;
      },
      'the quiet agent marked AWAY',
      90_000,
    );
    assert.equal(away.availabilitySetBy, 'idle');
    assert.ok(Date.now() - signedInAt >= 30_000, 'not before awayAfterSeconds');
    console.log(`# no heartbeat for ${Math.round((Date.now() - signedInAt) / 100) / 10} s → AWAY (awayAfterSeconds 30)`);
    assert.equal((await db.users.findOne({ _id: beating!.id }))?.availability, 'AVAILABLE', 'the agent whose inbox beats stays available');
    await heartbeat(quiet!.token);
    assert.equal((await db.users.findOne({ _id: quiet!.id }))?.availability, 'AVAILABLE', 'the next heartbeat brings them back');
  });
});
