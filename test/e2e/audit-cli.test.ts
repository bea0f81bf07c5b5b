import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { batonCli } from '../support/baton-cli';
import { createAgents, sendAndWait, waitAsAgent, widgetToken } from '../support/demo-actors';
import { gqlOk } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';
import { testServers } from '../support/test-servers';
import { connectTemporalClient } from '../../server/temporal-connection';

describe('baton history and baton replay', () => {
  let app: TestApp;
  let conversationId: string;
  before(async () => {
    app = await startTestApp('audit_cli');
    const customer = await widgetToken(app.url);
    const first = await sendAndWait(app.url, customer, 'How do I reset my password?', (c) => c.timeline.some((entry) => entry.kind === 'AI'));
    conversationId = first.id;
    await sendAndWait(app.url, customer, 'This is useless, I want to talk to a human', (c) => c.status === 'AWAITING_HUMAN', conversationId);
    await waitAsAgent(app.url, conversationId, (c) => !!c.escalation?.summary);
    const [agent] = await createAgents(app.db, app.url, 1, 'auditor');
    await gqlOk(app.url, 'mutation ($id: ID!) { claimConversation(id: $id) { id } }', { id: conversationId }, agent!.token);
  });
  after(async () => {
    await app.stop();
  });

  const baton = (...args: string[]) => batonCli(app.settings)(...args);

  test('history prints who and what decided each step, with the flow version', async () => {
    const { code, stdout } = await baton('history', conversationId);
    assert.equal(code, 0);
    assert.match(stdout, /flow version 1/);
    assert.match(stdout, /customer: "How do I reset my password\?"/);
    assert.match(stdout, /analysis: asks for a human no/);
    assert.match(stdout, /AI answer \(confidence [01]\.\d\d, cites .*[Pp]assword/);
    assert.match(stdout, /timer sla(#\d+)? started \(5 min\)/);
    assert.match(stdout, /state aiAnswering → awaitingHuman \[AWAITING_HUMAN\] — trigger human_request/);
    assert.match(stdout, /claim requested by auditor 0/);
    assert.match(stdout, /state awaitingHuman → humanActive \[HUMAN_ACTIVE\].*assignee auditor 0/);
  });

  test('history --json gives the same trail to machines', async () => {
    const { code, stdout } = await baton('history', conversationId, '--json');
    assert.equal(code, 0);
    const trail = JSON.parse(stdout) as { conversationId: string; flowVersion: number; entries: { kind: string }[] };
    assert.equal(trail.conversationId, conversationId);
    assert.equal(trail.flowVersion, 1);
    assert.ok(trail.entries.some((entry) => entry.kind === 'transition'));
  });

  test('history of an unknown conversation says so and exits 2', async () => {
    const { code, stderr } = await baton('history', 'c_does_not_exist');
    assert.equal(code, 2);
    assert.match(stderr, /No conversation c_does_not_exist/);
  });

  test('history of a workflow that is not a conversation refuses with a clear message', async () => {
    const temporal = await connectTemporalClient(testServers().temporalAddress, 'default');
    try {
      // Never executed (no worker polls this queue): only its type matters.
      await temporal.workflow.start('nightlyReport', { taskQueue: `not-baton-${conversationId}`, workflowId: `conversation-not-a-${conversationId}` });
      const { code, stderr } = await baton('history', `not-a-${conversationId}`);
      assert.equal(code, 2);
      assert.match(stderr, /is a "nightlyReport" workflow, not a conversation/);
      await temporal.workflow.getHandle(`conversation-not-a-${conversationId}`).terminate('test done');
    } finally {
      await temporal.connection.close();
    }
  });

  test("replay runs the conversation against today's code and reports it deterministic", async () => {
    const { code, stdout } = await baton('replay', conversationId);
    assert.equal(code, 0, stdout);
    assert.match(stdout, new RegExp(`ok +conversation-${conversationId}`));
    assert.match(stdout, /1 replayed, 0 failed/);
  });
});
