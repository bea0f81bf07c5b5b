import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Client } from '@temporalio/client';
import { connectTemporalClient } from '../../server/temporal-connection';
import { conversationWorkflowId } from '../../workflows/conversation-definitions';
import { createAgents, sendAndWait, widgetToken, type Conversation } from '../support/demo-actors';
import { gqlOk } from '../support/graphql-client';
import { publishTestFlow } from '../support/publish-test-flow';
import { startTestApp, type TestApp } from '../support/test-app';
import { testServers } from '../support/test-servers';
import { waitUntil } from '../support/wait-until';

/** True once the AI has answered the customer's message that says `text`. */
const answered = (text: string) => (conversation: Conversation) => {
  const asked = conversation.timeline.findIndex((entry) => entry.kind === 'CUSTOMER' && entry.text === text);
  return asked >= 0 && conversation.timeline.slice(asked + 1).some((entry) => entry.kind === 'AI');
};

describe('a resolved conversation closes on its flow window', () => {
  let app: TestApp;
  let temporal: Client;
  before(async () => {
    app = await startTestApp('resolved_close');
    temporal = await connectTemporalClient(testServers().temporalAddress, app.settings.temporal.namespace);
  });
  after(async () => {
    await temporal.connection.close();
    await app.stop();
  });

  test('the workflow of a resolved conversation ends after the flow closeResolvedAfterMinutes, and the customer writing again starts a new run that answers', async () => {
    // 0.02 minutes: the workflow waits 1.2 s for the customer after the resolve, instead of 7 days.
    await publishTestFlow(app.db, (flow) => {
      flow.closeResolvedAfterMinutes = 0.02;
    });
    const customer = await widgetToken(app.url);
    const waiting = await sendAndWait(app.url, customer, 'I want to talk to a human please', (c) => c.status === 'AWAITING_HUMAN');
    const [agent] = await createAgents(app.db, app.url, 1, 'closer');
    await gqlOk(app.url, 'mutation ($id: ID!) { claimConversation(id: $id) { id } }', { id: waiting.id }, agent!.token);
    await gqlOk(app.url, 'mutation ($id: ID!) { resolveConversation(id: $id) { id } }', { id: waiting.id }, agent!.token);

    const handle = temporal.workflow.getHandle(conversationWorkflowId(waiting.id));
    const closed = await waitUntil(async () => {
      const description = await handle.describe();
      return description.status.name === 'COMPLETED' ? description : null;
    }, 'the resolved conversation workflow to complete');

    const again = 'How do I reset my password?';
    const reopened = await sendAndWait(app.url, customer, again, answered(again), waiting.id);
    assert.equal(reopened.id, waiting.id, 'the same conversation goes on');
    assert.equal(reopened.status, 'AI_ANSWERING');
    assert.equal(reopened.timeline[0]?.text, 'I want to talk to a human please', 'the earlier run keeps its place in the timeline');
    assert.equal(new Set(reopened.timeline.map((entry) => entry.id)).size, reopened.timeline.length, 'no entry of the new run collides with an earlier one');
    const current = await handle.describe();
    assert.notEqual(current.runId, closed.runId, 'a new run carries the conversation on');
    assert.equal(current.status.name, 'RUNNING');
  });
});
