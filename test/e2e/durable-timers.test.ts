import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import proto from '@temporalio/proto';
import { conversationWorkflowId } from '../../workflows/conversation-definitions';
import { connectTemporalClient } from '../../server/temporal-connection';
import { startApiOnlyApp } from '../support/api-only-app';
import { startChildWorker } from '../support/child-worker';
import { widgetToken } from '../support/demo-actors';
import { gqlOk } from '../support/graphql-client';
import { publishTestFlow, setTriggerParam } from '../support/publish-test-flow';
import { testServers } from '../support/test-servers';
import { waitUntil } from '../support/wait-until';

const SEND = 'mutation ($input: SendCustomerMessageInput!) { sendCustomerMessage(input: $input) { id } }';
const TIMER_FIRED = proto.temporal.api.enums.v1.EventType.EVENT_TYPE_TIMER_FIRED;

describe('durable timers', () => {
  const cleanups: (() => Promise<void>)[] = [];
  after(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  test('SLA and inactivity timers that fire while no worker runs take effect when a worker comes back', async () => {
    const { temporalAddress } = testServers();
    const app = await startApiOnlyApp('timers', temporalAddress);
    cleanups.push(app.stop);
    // Short timers: the SLA after 1.2 s, inactivity after 1.8 s.
    await publishTestFlow(app.db, (flow) => {
      setTriggerParam(flow, 'sla', { minutes: 0.02 });
      setTriggerParam(flow, 'ai-inactivity', { minutes: 0.03 });
    });
    const temporal = await connectTemporalClient(temporalAddress, 'default');
    cleanups.push(() => temporal.connection.close());

    const first = await startChildWorker(app.settings, temporalAddress);
    cleanups.push(() => first.kill());
    const customer = await widgetToken(app.url);
    const waiting = (
      await gqlOk<{ sendCustomerMessage: { id: string } }>(
        app.url,
        SEND,
        { input: { text: 'Can I speak to a human please?', clientMessageId: 't-1' } },
        customer,
      )
    ).sendCustomerMessage.id;
    const quiet = (
      await gqlOk<{ sendCustomerMessage: { id: string } }>(app.url, SEND, { input: { text: 'How do I invite a teammate?', clientMessageId: 't-2' } }, customer)
    ).sendCustomerMessage.id;
    await waitUntil(async () => (await app.db.conversations.findOne({ _id: waiting }))?.status === 'AWAITING_HUMAN', 'the escalation');
    await waitUntil(() => app.db.messages.findOne({ conversationId: quiet, kind: 'AI' }), 'the AI answer');
    await first.kill('SIGKILL');

    // With no worker running, the server still fires both timers.
    const timerFired = (conversationId: string) => async () => {
      const history = await temporal.workflow.getHandle(conversationWorkflowId(conversationId)).fetchHistory();
      return history.events?.some((event) => event.eventType === TIMER_FIRED);
    };
    await waitUntil(timerFired(waiting), 'the SLA timer to fire on the server');
    await waitUntil(timerFired(quiet), 'the inactivity timer to fire on the server');
    assert.equal((await app.db.conversations.findOne({ _id: waiting }))?.priority, 'normal', 'nothing happens without a worker');

    const second = await startChildWorker(app.settings, temporalAddress);
    cleanups.push(() => second.kill('SIGTERM'));
    const raised = await waitUntil(async () => {
      const conversation = await app.db.conversations.findOne({ _id: waiting });
      return conversation?.priority === 'high' ? conversation : null;
    }, 'the SLA to raise the priority');
    assert.equal(raised.status, 'AWAITING_HUMAN');
    const slaNotice = await app.db.messages.findOne({ conversationId: waiting, kind: 'SYSTEM', text: /person will be with you/ });
    assert.ok(slaNotice, 'the customer is told a person is coming');
    await waitUntil(async () => (await app.db.conversations.findOne({ _id: quiet }))?.status === 'RESOLVED', 'inactivity to close the quiet conversation');
  });
});
