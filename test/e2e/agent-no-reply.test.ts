import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { agentUnavailableUpdate, claimUpdate, conversationStateQuery, conversationWorkflowId } from '../../workflows/conversation-definitions';
import { connectTemporalClient } from '../../server/temporal-connection';
import { gqlOk } from '../support/graphql-client';
import { createAgents, sendAndWait, widgetToken } from '../support/demo-actors';
import { publishTestFlow, setTriggerParam } from '../support/publish-test-flow';
import { startTestApp, type TestApp } from '../support/test-app';
import { testServers } from '../support/test-servers';
import { waitUntil } from '../support/wait-until';

const CLAIM = 'mutation ($id: ID!) { claimConversation(id: $id) { id status } }';
const REPLY = 'mutation ($id: ID!, $text: String!, $key: ID!) { sendAgentMessage(conversationId: $id, text: $text, clientMessageId: $key) { id } }';

describe('an assigned agent who does not answer', () => {
  let app: TestApp;
  let temporal: Awaited<ReturnType<typeof connectTemporalClient>>;
  before(async () => {
    app = await startTestApp('agent_no_reply');
    // The default flow with a short time to answer: 1.5 seconds, and its queue routed to team "support".
    await publishTestFlow(app.db, (flow) => {
      setTriggerParam(flow, 'agent-no-reply', { minutes: 0.025 });
      flow.nodes.find((node) => node.id === 'awaitingHuman')!.team = 'support';
    });
    temporal = await connectTemporalClient(testServers().temporalAddress, app.settings.temporal.namespace);
  });
  after(async () => {
    await temporal?.connection.close();
    await app?.stop();
  });

  const storedConversation = (id: string) => app.db.conversations.findOne({ _id: id });
  const notes = async (id: string) => (await app.db.messages.find({ conversationId: id, kind: 'NOTE' }).toArray()).map((message) => message.text);

  test('loses the conversation to the queue when the time to answer runs out; the step records who and which team', async () => {
    const [ada] = await createAgents(app.db, app.url, 1, 'silent');
    const customer = await widgetToken(app.url);
    const waiting = await sendAndWait(app.url, customer, 'I want to talk to a human please', (c) => c.status === 'AWAITING_HUMAN');
    await gqlOk(app.url, CLAIM, { id: waiting.id }, ada!.token);

    const requeued = await waitUntil(async () => {
      const stored = await storedConversation(waiting.id);
      return stored?.transitions?.some((transition) => transition.triggerType === 'agent_no_reply') ? stored : null;
    }, 'the unanswered conversation to go back to the queue');
    assert.equal(requeued.status, 'AWAITING_HUMAN');
    assert.equal(requeued.assignee, null);
    const [claim, back] = requeued.transitions!.slice(-2);
    assert.deepEqual(
      { to: claim!.to, agentId: claim!.agentId, teamId: claim!.teamId, assignedBy: claim!.assignedBy },
      { to: 'humanActive', agentId: ada!.id, teamId: 'support', assignedBy: null },
    );
    assert.deepEqual(
      { from: back!.from, to: back!.to, agentId: back!.agentId, teamId: back!.teamId },
      { from: 'humanActive', to: 'awaitingHuman', agentId: ada!.id, teamId: 'support' },
    );
    assert.ok((await notes(waiting.id)).includes(`${ada!.name} did not answer within 0.025 minutes; back in the queue`));
  });

  test('keeps the conversation once they answered, though its timer fires', async () => {
    const [bea] = await createAgents(app.db, app.url, 1, 'answering');
    const customer = await widgetToken(app.url);
    const waiting = await sendAndWait(app.url, customer, 'Can I speak to a person?', (c) => c.status === 'AWAITING_HUMAN');
    await gqlOk(app.url, CLAIM, { id: waiting.id }, bea!.token);
    await gqlOk(app.url, REPLY, { id: waiting.id, text: 'Hi, I am looking into it.', key: 'bea-1' }, bea!.token);

    const handle = temporal.workflow.getHandle(conversationWorkflowId(waiting.id));
    // The restarted timer fires and is spent, and Bea still holds the conversation.
    const noReplyTimer = async () => (await handle.query(conversationStateQuery)).timers.find((timerId) => timerId.startsWith('agent-no-reply#'));
    assert.ok(await noReplyTimer(), 'the reply started the time to answer again');
    await waitUntil(async () => (await noReplyTimer()) === undefined, 'the time-to-answer timer to fire');
    const stored = await storedConversation(waiting.id);
    assert.equal(stored?.status, 'HUMAN_ACTIVE');
    assert.equal(stored?.assignee?.id, bea!.id);

    // The router reporting Bea away changes nothing: she answered. The update is refused with the reason.
    await assert.rejects(handle.executeUpdate(agentUnavailableUpdate, { args: [{ agentId: bea!.id, availability: 'AWAY' }] }), (error: Error) => {
      assert.match(String((error.cause as Error | undefined)?.message), /has answered the customer since being given the conversation/);
      return true;
    });
    assert.equal((await storedConversation(waiting.id))?.status, 'HUMAN_ACTIVE');
  });

  test('assigned by the router and gone away without answering: back in the queue, the timeline says so', async () => {
    const [cai] = await createAgents(app.db, app.url, 1, 'routed');
    const customer = await widgetToken(app.url);
    const waiting = await sendAndWait(app.url, customer, 'Please get me a human', (c) => c.status === 'AWAITING_HUMAN');
    const handle = temporal.workflow.getHandle(conversationWorkflowId(waiting.id));

    const assigned = await handle.executeUpdate(claimUpdate, { args: [{ agentId: cai!.id, agentName: cai!.name, assignedBy: 'router' }] });
    assert.equal(assigned.view.status, 'HUMAN_ACTIVE');
    assert.equal(assigned.view.agentReplied, false);
    const away = await handle.executeUpdate(agentUnavailableUpdate, { args: [{ agentId: cai!.id, availability: 'AWAY' }] });
    assert.equal(away.view.status, 'AWAITING_HUMAN');
    assert.equal(away.view.requeuedFrom, cai!.id);
    assert.equal(away.view.team, 'support');

    const stored = await waitUntil(async () => {
      const conversation = await storedConversation(waiting.id);
      return conversation?.transitions?.some((transition) => transition.triggerType === 'agent_no_reply') ? conversation : null;
    }, 'the requeue to be stored');
    assert.equal(stored.transitions!.find((transition) => transition.to === 'humanActive')?.assignedBy, 'router');
    const written = await notes(waiting.id);
    assert.ok(written.includes(`Assigned to ${cai!.name} automatically`), written.join('\n'));
    assert.ok(written.includes(`${cai!.name} went away without answering; back in the queue`), written.join('\n'));
  });
});
