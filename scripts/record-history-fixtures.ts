/**
 * Records replay fixtures from real runs: drives a few scenarios through the GraphQL API of a
 * running `baton start`, then writes each conversation's Temporal history to
 * test/fixtures/histories/<scenario>.json (what `baton history <id> --export FILE` writes).
 * Usage: npm start (in another terminal), then `node --import tsx scripts/record-history-fixtures.ts`
 * Settings: PORT (API, default 4000) and TEMPORAL_ADDRESS (default the local dev server).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { temporalAddressOf } from '../cli/cli-connections';
import { PROJECT_ROOT } from '../cli/local-stack/provision';
import { loadSettings } from '../config/settings';
import { connectTemporalClient } from '../server/temporal-connection';
import { conversationWorkflowId } from '../workflows/conversation-definitions';
import { gqlOk } from '../test/support/graphql-client';
import { sendAndWait, widgetToken } from '../test/support/demo-actors';

const settings = loadSettings();
const url = `http://127.0.0.1:${settings.port}/graphql`;
const ai = (count: number) => (c: { timeline: { kind: string }[] }) => c.timeline.filter((entry) => entry.kind === 'AI').length >= count;

async function signIn(email: string): Promise<string> {
  const { login } = await gqlOk<{ login: { token: string } }>(
    url,
    'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
    {
      email,
      password: settings.demoPassword,
    },
  );
  return login.token;
}

const scenarios: Record<string, () => Promise<string>> = {
  // Recorded after the 'record-customer-actions' patch: the button press is a timeline entry.
  async 'customer-action-recorded-after-patch'() {
    const customer = await widgetToken(url);
    const first = await sendAndWait(url, customer, 'How do I invite a teammate?', ai(1));
    await gqlOk(url, 'mutation ($id: ID!) { triggerAction(conversationId: $id, action: "talk_to_human") { id } }', { id: first.id }, customer);
    return first.id;
  },
  async 'answered-questions'() {
    const customer = await widgetToken(url);
    const first = await sendAndWait(url, customer, 'How do I reset my password?', ai(1));
    await sendAndWait(url, customer, 'And how do I turn on two-factor authentication?', ai(2), first.id);
    return first.id;
  },
  async 'human-request-claim-reply-release-resolve'() {
    const customer = await widgetToken(url);
    const agent = await signIn('agent@baton.test');
    const waiting = await sendAndWait(url, customer, 'I want to talk to a human', (c) => c.status === 'AWAITING_HUMAN' && !!c.escalation?.summary);
    const mutate = (query: string, variables: Record<string, unknown>) => gqlOk(url, query, variables, agent);
    await mutate('mutation ($id: ID!) { claimConversation(id: $id) { id } }', { id: waiting.id });
    await mutate('mutation ($id: ID!, $text: String!) { sendAgentMessage(conversationId: $id, text: $text, clientMessageId: "a1") { id } }', {
      id: waiting.id,
      text: 'Hi, Sam here. How can I help?',
    });
    await mutate('mutation ($id: ID!) { addNote(conversationId: $id, text: "Customer is on the Team plan") { id } }', { id: waiting.id });
    await mutate('mutation ($id: ID!) { releaseConversation(id: $id) { id } }', { id: waiting.id });
    await sendAndWait(url, customer, 'How do I export my data?', ai(1), waiting.id);
    await mutate('mutation ($id: ID!) { claimConversation(id: $id) { id } }', { id: waiting.id }).catch(() => undefined);
    return waiting.id;
  },
  async 'no-answer-escalation'() {
    const customer = await widgetToken(url);
    const waiting = await sendAndWait(url, customer, 'Do you sell ergonomic office chairs?', (c) => c.status === 'AWAITING_HUMAN' && !!c.escalation?.summary);
    return waiting.id;
  },
  async 'talk-to-human-action-then-resolve-and-reopen'() {
    const customer = await widgetToken(url);
    const first = await sendAndWait(url, customer, 'How do I create an API key?', ai(1));
    await gqlOk(url, 'mutation ($id: ID!) { triggerAction(conversationId: $id, action: "talk_to_human") { id } }', { id: first.id }, customer);
    const agent = await signIn('agent2@baton.test');
    await gqlOk(url, 'mutation ($id: ID!) { claimConversation(id: $id) { id } }', { id: first.id }, agent);
    await gqlOk(url, 'mutation ($id: ID!) { resolveConversation(id: $id) { id } }', { id: first.id }, agent);
    await sendAndWait(url, customer, 'One more thing: how do I connect Slack?', ai(2), first.id);
    return first.id;
  },
  // Recorded after 'single-write-steps' and 'one-alarm-timers': one local activity and one write per
  // message, and one Temporal timer for the flow's timers.
  async 'single-write-answers-then-human-claim-resolve'() {
    const customer = await widgetToken(url);
    const agent = await signIn('agent@baton.test');
    const first = await sendAndWait(url, customer, 'How do I reset my password?', ai(1));
    await sendAndWait(url, customer, 'Is there a free trial?', ai(2), first.id);
    await sendAndWait(url, customer, 'I want to talk to a human', (c) => c.status === 'AWAITING_HUMAN' && !!c.escalation?.summary, first.id);
    const mutate = (query: string) => gqlOk(url, query, { id: first.id }, agent);
    await mutate('mutation ($id: ID!) { claimConversation(id: $id) { id } }');
    await mutate('mutation ($id: ID!) { sendAgentMessage(conversationId: $id, text: "Hi, Sam here.", clientMessageId: "a1") { id } }');
    await mutate('mutation ($id: ID!) { resolveConversation(id: $id) { id } }');
    await sendAndWait(url, customer, 'One more: how do I connect Slack?', ai(3), first.id);
    return first.id;
  },
  async 'single-write-no-answer-escalation'() {
    const customer = await widgetToken(url);
    const waiting = await sendAndWait(url, customer, 'Do you sell ergonomic office chairs?', (c) => c.status === 'AWAITING_HUMAN' && !!c.escalation?.summary);
    return waiting.id;
  },
};

const temporal = await connectTemporalClient(temporalAddressOf(settings), settings.temporal.namespace);
try {
  for (const [name, run] of Object.entries(scenarios)) {
    const file = join(PROJECT_ROOT, 'test', 'fixtures', 'histories', `${name}.json`);
    // A fixture is a record of what older code did: never overwrite one, add a new scenario instead.
    if (existsSync(file)) {
      console.log(`${name}: kept (already recorded)`);
      continue;
    }
    const conversationId = await run();
    const history = await temporal.workflow.getHandle(conversationWorkflowId(conversationId)).fetchHistory();
    writeFileSync(file, historyToJSON(history));
    console.log(`${name}: conversation ${conversationId}, ${history.events?.length ?? 0} events -> ${file}`);
  }
} finally {
  await temporal.connection.close();
}
