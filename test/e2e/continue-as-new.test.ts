import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import proto from '@temporalio/proto';
import { conversationWorkflowId } from '../../workflows/conversation-definitions';
import { ANSWERABLE_QUESTIONS } from '../support/help-centre-questions';
import { createAgents, sendAndWait, widgetToken, type Conversation } from '../support/demo-actors';
import { gqlOk } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';
import { connectTemporalClient } from '../../server/temporal-connection';
import { testServers } from '../support/test-servers';

const CONTINUED = proto.temporal.api.enums.v1.EventType.EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW;
const QUESTIONS = ANSWERABLE_QUESTIONS;

describe('long conversations', () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp('continue_as_new');
  });
  after(async () => {
    await app.stop();
  });

  test('continue as new when Temporal suggests it, carrying the state: nothing lost, and claims still work', async () => {
    const customer = await widgetToken(app.url);
    let conversationId: string | undefined;
    for (const [index, question] of QUESTIONS.entries()) {
      const answered = (c: Conversation) => c.timeline.filter((entry) => entry.kind === 'AI').length === index + 1;
      const conversation = await sendAndWait(app.url, customer, question, (c) => answered(c) || c.status !== 'AI_ANSWERING', conversationId);
      assert.ok(answered(conversation), `"${question}" was answered (status ${conversation.status}, escalation ${conversation.escalation?.reason})`);
      conversationId = conversation.id;
    }
    const temporal = await connectTemporalClient(testServers().temporalAddress, 'default');
    try {
      const runs: string[] = [];
      for await (const execution of temporal.workflow.list({ query: `WorkflowId = '${conversationWorkflowId(conversationId!)}'` })) runs.push(execution.runId);
      assert.ok(runs.length >= 2, `the workflow continued as new (runs: ${runs.length})`);
      const firstRun = await temporal.workflow.getHandle(conversationWorkflowId(conversationId!), runs[runs.length - 1]).fetchHistory();
      assert.ok(firstRun.events?.some((event) => event.eventType === CONTINUED));
    } finally {
      await temporal.connection.close();
    }

    const entries = await app.db.messages.find({ conversationId: conversationId! }).sort({ seq: 1 }).toArray();
    assert.equal(entries.length, QUESTIONS.length * 2);
    assert.deepEqual(
      entries.map((entry) => entry.seq),
      entries.map((_, index) => index + 1),
    );

    // The carried state still drives the machine: escalate and claim on the new run.
    await sendAndWait(app.url, customer, 'I want to talk to a real person', (c) => c.status === 'AWAITING_HUMAN', conversationId);
    const [agent] = await createAgents(app.db, app.url, 1, 'after_can');
    const claimed = await gqlOk<{ claimConversation: { status: string; assignee: { name: string } } }>(
      app.url,
      'mutation ($id: ID!) { claimConversation(id: $id) { status assignee { name } } }',
      { id: conversationId },
      agent!.token,
    );
    assert.equal(claimed.claimConversation.status, 'HUMAN_ACTIVE');
    assert.equal(claimed.claimConversation.assignee.name, agent!.name);
  });
});
