import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import proto from '@temporalio/proto';
import { connectTemporalClient } from '../../server/temporal-connection';
import { conversationWorkflowId } from '../../workflows/conversation-definitions';
import { sendAndWait, widgetToken, type Conversation } from '../support/demo-actors';
import { gqlOk } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';
import { testServers } from '../support/test-servers';

const EventType = proto.temporal.api.enums.v1.EventType;
const answered = (count: number) => (c: Conversation) => c.timeline.filter((entry) => entry.kind === 'AI').length === count;
const QUESTIONS = ['How do I reset my password?', 'Is there a free trial?', 'How do I connect Slack?'];

describe('the message path', () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp('message_path');
  });
  after(async () => {
    await app.stop();
  });

  test('an answered message costs one write activity and one local activity, and restarts no Temporal timer', async () => {
    const customer = await widgetToken(app.url);
    let conversation: Conversation | undefined;
    for (const [index, question] of QUESTIONS.entries()) {
      conversation = await sendAndWait(app.url, customer, question, answered(index + 1), conversation?.id);
    }
    const temporal = await connectTemporalClient(testServers().temporalAddress, 'default');
    try {
      const events = (await temporal.workflow.getHandle(conversationWorkflowId(conversation!.id)).fetchHistory()).events ?? [];
      const count = (type: number) => events.filter((event) => event.eventType === type).length;
      const scheduled = events.flatMap((event) =>
        event.activityTaskScheduledEventAttributes?.activityType?.name ? [event.activityTaskScheduledEventAttributes.activityType.name] : [],
      );
      assert.deepEqual(
        scheduled,
        QUESTIONS.map(() => 'recordConversationStep'),
        'one write per message, nothing else through the task queue',
      );
      assert.equal(count(EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED), QUESTIONS.length * 2, 'two workflow tasks per message');
      const localActivities = events.filter((event) => event.markerRecordedEventAttributes?.markerName === 'core_local_activity');
      assert.equal(localActivities.length, QUESTIONS.length + 1, 'analyzeAndAnswer per message, and answererKind once');
      // The inactivity timer moves with every message; the run keeps the one Temporal timer it set first.
      assert.equal(count(EventType.EVENT_TYPE_TIMER_STARTED), 1);
      assert.equal(count(EventType.EVENT_TYPE_TIMER_CANCELED), 0);
    } finally {
      await temporal.connection.close();
    }
  });

  test('a conversation stored before entryIds keeps its whole timeline and gets the list on its next message', async () => {
    const customer = await widgetToken(app.url);
    const first = await sendAndWait(app.url, customer, QUESTIONS[0]!, answered(1));
    // As conversations written by earlier versions are: no entryIds.
    await app.db.conversations.updateOne({ _id: first.id }, { $unset: { entryIds: '' } });
    const read = await gqlOk<{ conversation: { timeline: { id: string }[] } }>(
      app.url,
      'query ($id: ID!) { conversation(id: $id) { timeline { id } } }',
      { id: first.id },
      customer,
    );
    assert.deepEqual(
      read.conversation.timeline.map((entry) => entry.id),
      first.timeline.map((entry) => entry.id),
      'read by conversation while it has no list',
    );
    const next = await sendAndWait(app.url, customer, QUESTIONS[1]!, answered(2), first.id);
    const stored = await app.db.conversations.findOne({ _id: first.id });
    assert.deepEqual(
      stored?.entryIds,
      next.timeline.map((entry) => entry.id),
    );
    assert.deepEqual(
      next.timeline.map((entry) => entry.kind),
      ['CUSTOMER', 'AI', 'CUSTOMER', 'AI'],
    );
  });

  test('the local FerretDB finds documents by _id through its _id index (scripts/provision.sh)', async () => {
    const plan = (await app.db.conversations.find({ _id: 'c_any' }).explain()) as { queryPlanner?: { Plan?: string[] } };
    assert.match(JSON.stringify(plan.queryPlanner ?? plan), /USING INDEX \S+__id_/);
  });

  test('the local FerretDB keeps both of two updates racing on one document (scripts/provision.sh)', async () => {
    // The workflow's step and the API both update a conversation; unpatched, FerretDB kept one of the two in 155 of 200 races.
    const ids = Array.from({ length: 100 }, (_, index) => `race_${index}`);
    const scratch = app.db.db.collection<{ _id: string; step?: number; api?: number }>('updateRaces');
    await scratch.insertMany(ids.map((_id) => ({ _id })));
    await Promise.all(ids.flatMap((_id) => [scratch.updateOne({ _id }, { $set: { step: 1 } }), scratch.updateOne({ _id }, { $set: { api: 1 } })]));
    const kept = await scratch.find({ _id: { $in: ids }, step: 1, api: 1 }).toArray();
    assert.equal(kept.length, ids.length, `${ids.length - kept.length} of ${ids.length} races lost an update`);
  });
});
