import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createAgents } from '../support/demo-actors';
import { allowManyConversations, escalate, resolveAs, setAssignment, timesAssigned, waitForConversations } from '../support/team-inbox';
import { startTestApp, type TestApp } from '../support/test-app';

const ROUNDS = 10;
const ESCALATIONS = 20;
const AGENTS = 5;
const CAPACITY = 4;

describe('automatic assignment under concurrent escalations', () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp('assignment-load');
  });
  after(async () => {
    await app.stop();
  });

  test(`${ESCALATIONS} escalations at once to ${AGENTS} agents of capacity ${CAPACITY}, ${ROUNDS} times: nobody above capacity, nothing assigned twice`, async () => {
    const { url, db } = app;
    await allowManyConversations(url);
    await setAssignment(url, { mode: 'LEAST_LOADED', defaultCapacity: CAPACITY, awayAfterSeconds: 3600 });
    const agents = await createAgents(db, url, AGENTS, 'load');
    const tokenOf = new Map(agents.map((agent) => [agent.id, agent.token]));
    const timings: number[] = [];
    for (let round = 1; round <= ROUNDS; round += 1) {
      const started = Date.now();
      const ids = await Promise.all(Array.from({ length: ESCALATIONS }, () => escalate(url)));
      const docs = await waitForConversations(db, ids, (all) => all.every((doc) => doc.status === 'HUMAN_ACTIVE'), `round ${round}: all assigned`, 60_000);
      timings.push(Date.now() - started);
      const load = new Map<string, number>();
      for (const doc of docs) {
        assert.equal(timesAssigned(doc), 1, `round ${round}: ${doc._id} was assigned once`);
        load.set(doc.assignee!.id, (load.get(doc.assignee!.id) ?? 0) + 1);
      }
      assert.deepEqual([...load.values()].sort(), Array(AGENTS).fill(CAPACITY), `round ${round}: every agent at capacity, none above`);
      const notes = await db.messages.countDocuments({ conversationId: { $in: ids }, kind: 'NOTE', text: /automatically/i });
      assert.equal(notes, ESCALATIONS, `round ${round}: one assignment note per conversation`);
      await Promise.all(docs.map((doc) => resolveAs(url, tokenOf.get(doc.assignee!.id)!, doc._id)));
      await waitForConversations(db, ids, (all) => all.every((doc) => doc.status === 'RESOLVED'), `round ${round}: resolved`);
    }
    console.log(`# ${ESCALATIONS} escalations → all assigned, per round: ${timings.join(', ')} ms`);
  });
});
