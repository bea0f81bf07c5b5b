import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { startApiOnlyApp } from '../support/api-only-app';
import { startChildWorker } from '../support/child-worker';
import { createAgents } from '../support/demo-actors';
import { allowManyConversations, conversationsOf, escalate, setAssignment, setAvailability, timesAssigned, waitForConversations } from '../support/team-inbox';
import { testServers } from '../support/test-servers';

const WAITING = 6;

describe('automatic assignment across a worker crash', () => {
  const cleanups: (() => Promise<void>)[] = [];
  after(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  test('a worker killed with SIGKILL while the queue is being assigned: after a restart every conversation is assigned exactly once', async () => {
    const { temporalAddress } = testServers();
    const app = await startApiOnlyApp('assignment_crash', temporalAddress);
    cleanups.push(app.stop);
    const first = await startChildWorker(app.settings, temporalAddress);
    cleanups.push(() => first.kill());
    const { url, db } = app;

    await allowManyConversations(url);
    await setAssignment(url, { mode: 'LEAST_LOADED', defaultCapacity: 1, awayAfterSeconds: 3600 });
    const agents = await createAgents(db, url, WAITING, 'crash');
    // Nobody takes conversations yet: they all wait in the queue.
    await Promise.all(agents.map((agent) => setAvailability(url, agent.token, 'AWAY')));
    const ids = await Promise.all(Array.from({ length: WAITING }, () => escalate(url)));
    await waitForConversations(db, ids, (docs) => docs.every((doc) => doc.status === 'AWAITING_HUMAN'), 'every conversation waiting');

    // Everyone comes back at once; the worker dies as the first assignments land.
    await Promise.all(agents.map((agent) => setAvailability(url, agent.token, 'AVAILABLE')));
    await waitForConversations(db, ids, (docs) => docs.some((doc) => doc.status === 'HUMAN_ACTIVE'), 'the first assignment');
    await first.kill('SIGKILL');
    const waitingAtKill = (await conversationsOf(db, ids)).filter((doc) => doc.status === 'AWAITING_HUMAN').length;

    const second = await startChildWorker(app.settings, temporalAddress);
    cleanups.push(() => second.kill('SIGTERM'));
    const docs = await waitForConversations(
      db,
      ids,
      (all) => all.every((doc) => doc.status === 'HUMAN_ACTIVE'),
      'every conversation assigned after the restart',
      90_000,
    );
    console.log(`# ${waitingAtKill} of ${WAITING} conversations were still waiting when the worker was killed`);

    for (const doc of docs) assert.equal(timesAssigned(doc), 1, `${doc._id} was assigned exactly once`);
    assert.deepEqual(docs.map((doc) => doc.assignee!.id).sort(), agents.map((agent) => agent.id).sort(), 'one conversation per agent: nobody above capacity 1');
    const notes = await db.messages.countDocuments({ conversationId: { $in: ids }, kind: 'NOTE', text: /automatically/i });
    assert.equal(notes, WAITING, 'one assignment note per conversation');
  });
});
