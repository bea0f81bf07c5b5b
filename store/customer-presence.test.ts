import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { testServers } from '../test/support/test-servers';
import { readCustomerPresence, writeCustomerPresence } from './customer-presence';
import { connectDatabase, type BatonDb } from './database';
import type { ConversationDoc } from './documents';

const WORKSPACE = 'ws_presence';

function conversation(id: string): ConversationDoc {
  const at = new Date();
  return {
    _id: id,
    workspaceId: WORKSPACE,
    customer: { sessionId: `s_${id}` },
    status: 'AI_ANSWERING',
    stateId: 'ai',
    assignee: null,
    flowVersion: 1,
    createdAt: at,
    updatedAt: at,
    stepVersion: 1,
    priority: 'normal',
    escalation: null,
    lastMessageAt: at,
    lastMessagePreview: '',
    entryIds: ['e1'],
  };
}

describe("the customer's presence, stored apart from the conversation", () => {
  let db: BatonDb;
  before(async () => {
    db = await connectDatabase(testServers().mongoUri, `t_presence_${randomUUID().slice(0, 8)}`);
  });
  after(async () => {
    await db.db.dropDatabase();
    await db.close();
  });

  test("a presence report racing the workflow's step write loses neither, 40 times out of 40", async () => {
    // On FerretDB 1.x two updates racing on one document keep only one; when presence was a field of
    // the conversation, most of these races dropped the step's timeline entry or the report.
    const ids = Array.from({ length: 40 }, (_, index) => `c_race_${index}`);
    await db.conversations.insertMany(ids.map(conversation));
    const seenAt = new Date();
    await Promise.all(
      ids.map((id) =>
        Promise.all([
          writeCustomerPresence(db, { id, workspaceId: WORKSPACE }, { seenAt, leftAt: null }),
          // What the step activity (activities/conversation-activities.ts) writes when the AI answers.
          db.conversations.updateOne({ _id: id }, { $set: { status: 'AWAITING_HUMAN', updatedAt: new Date() }, $addToSet: { entryIds: { $each: ['e2'] } } }),
        ]),
      ),
    );
    for (const id of ids) {
      const stored = await db.conversations.findOne({ _id: id });
      assert.deepEqual([stored?.status, stored?.entryIds], ['AWAITING_HUMAN', ['e1', 'e2']], `${id}: the step's write`);
      assert.deepEqual((await readCustomerPresence(db, id, null))?.seenAt, seenAt, `${id}: the presence report`);
    }
  });

  test('seen moves only from the entry it was compared with', async () => {
    const target = { id: 'c_seen', workspaceId: WORKSPACE };
    assert.equal(await writeCustomerPresence(db, target, { seenEntryId: 'e1' }, null), true, 'none seen yet: the first lands');
    assert.equal(await writeCustomerPresence(db, target, { seenEntryId: 'e2' }, null), false, 'compared with none, but e1 is stored');
    assert.equal(await writeCustomerPresence(db, target, { seenEntryId: 'e2' }, 'e1'), true);
    assert.equal((await readCustomerPresence(db, 'c_seen', null))?.seenEntryId, 'e2');
  });

  test("two first reports racing to create a conversation's presence both land without an error", async () => {
    const target = { id: 'c_first', workspaceId: WORKSPACE };
    const at = new Date();
    assert.deepEqual(await Promise.all([writeCustomerPresence(db, target, { seenAt: at }), writeCustomerPresence(db, target, { seenAt: at, leftAt: null })]), [
      true,
      true,
    ]);
    assert.deepEqual((await readCustomerPresence(db, 'c_first', null))?.seenAt, at);
  });

  test('a conversation last reported on before the collection existed keeps what it had, until a new report', async () => {
    const legacy = { seenAt: new Date(), seenEntryId: 'e1' };
    assert.deepEqual(await readCustomerPresence(db, 'c_legacy', legacy), legacy);
    await writeCustomerPresence(db, { id: 'c_legacy', workspaceId: WORKSPACE }, { seenEntryId: 'e2' }, 'e1');
    assert.equal((await readCustomerPresence(db, 'c_legacy', legacy))?.seenEntryId, 'e2');
  });
});
