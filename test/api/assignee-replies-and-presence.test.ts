import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { defaultFlow } from '../../machines';
import { createAgents, sendAndWait, widgetToken } from '../support/demo-actors';
import { gql, gqlOk, subscribe } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';
import { waitUntil } from '../support/wait-until';

type Presence = { conversationPresence: { conversationId: string; agent: { id: string; name: string }; kind: string; at: string } };
const PRESENCE = 'subscription ($id: ID!) { conversationPresence(id: $id) { conversationId agent { id name } kind at } }';
const REPORT = 'mutation ($id: ID!, $kind: PresenceKind!) { reportPresence(conversationId: $id, kind: $kind) }';

describe('one voice per conversation, and who else is on it', () => {
  let app: TestApp;
  let customer: string;
  let holder: { id: string; name: string; token: string };
  let colleague: { id: string; name: string; token: string };
  before(async () => {
    app = await startTestApp('assignee_presence');
    [holder, colleague] = (await createAgents(app.db, app.url, 2, 'voice')) as [typeof holder, typeof colleague];
    customer = await widgetToken(app.url);
  });
  after(async () => {
    await app.stop();
  });

  test('only the assignee replies; another agent is FORBIDDEN with who to ask, and notes stay open to everyone', async () => {
    const waiting = await sendAndWait(app.url, customer, 'I want a human please', (c) => c.status === 'AWAITING_HUMAN');
    const REPLY = 'mutation ($id: ID!, $m: ID!) { sendAgentMessage(conversationId: $id, text: "Hello!", clientMessageId: $m) { id } }';
    const unclaimed = await gql(app.url, REPLY, { id: waiting.id, m: 'early' }, colleague.token);
    assert.equal(unclaimed.errors?.[0]?.extensions?.code, 'CONFLICT');
    assert.match(unclaimed.errors![0]!.message, /claim it first/);

    await gqlOk(app.url, 'mutation ($id: ID!) { claimConversation(id: $id) { id } }', { id: waiting.id }, holder.token);
    const refused = await gql(app.url, REPLY, { id: waiting.id, m: 'c1' }, colleague.token);
    assert.equal(refused.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    assert.match(refused.errors![0]!.message, new RegExp(`${holder.name} is handling this conversation`));
    assert.match(refused.errors![0]!.message, /notes are open to every agent/);
    assert.match(refused.errors![0]!.message, /transfer it to you/);

    const note = await gqlOk<{ addNote: { timeline: { kind: string; text: string }[] } }>(
      app.url,
      'mutation ($id: ID!) { addNote(conversationId: $id, text: "Customer is on the Pro plan") { timeline { kind text } } }',
      { id: waiting.id },
      colleague.token,
    );
    assert.ok(note.addNote.timeline.some((entry) => entry.kind === 'NOTE' && entry.text === 'Customer is on the Pro plan'));
    const reply = await gqlOk<{ sendAgentMessage: { id: string } }>(app.url, REPLY, { id: waiting.id, m: 'h1' }, holder.token);
    assert.equal(reply.sendAgentMessage.id, waiting.id);
  });

  test('agents see the others viewing and typing in a conversation, never their own reports', async () => {
    const conversation = await sendAndWait(app.url, customer, 'Can I talk to a real person?', (c) => c.status === 'AWAITING_HUMAN');
    const holderSees = await subscribe<Presence>(app.url, PRESENCE, { id: conversation.id }, holder.token);
    const colleagueSees = await subscribe<Presence>(app.url, PRESENCE, { id: conversation.id }, colleague.token);
    try {
      // The holder's own report is published first: were it sent back, it would be the holder's first event.
      await gqlOk(app.url, REPORT, { id: conversation.id, kind: 'VIEWING' }, holder.token);
      await gqlOk(app.url, REPORT, { id: conversation.id, kind: 'TYPING' }, colleague.token);
      const first = await holderSees.next();
      assert.equal(first.conversationPresence.agent.id, colleague.id);
      assert.equal(first.conversationPresence.kind, 'TYPING');
      assert.equal(first.conversationPresence.conversationId, conversation.id);
      assert.ok(Date.now() - Date.parse(first.conversationPresence.at) < 60_000);

      const seen = await colleagueSees.next();
      assert.equal(seen.conversationPresence.agent.id, holder.id);
      assert.equal(seen.conversationPresence.agent.name, holder.name);
      assert.equal(seen.conversationPresence.kind, 'VIEWING');

      await gqlOk(app.url, REPORT, { id: conversation.id, kind: 'LEFT' }, colleague.token);
      assert.equal((await holderSees.next()).conversationPresence.kind, 'LEFT');
    } finally {
      holderSees.close();
      colleagueSees.close();
    }
  });

  test('presence is for agents of the conversation’s workspace', async () => {
    const conversation = await sendAndWait(app.url, customer, 'A person please', (c) => c.status === 'AWAITING_HUMAN');
    const byCustomer = await gql(app.url, REPORT, { id: conversation.id, kind: 'VIEWING' }, customer);
    assert.equal(byCustomer.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    const unknown = await gql(app.url, REPORT, { id: 'c_missing', kind: 'VIEWING' }, holder.token);
    assert.equal(unknown.errors?.[0]?.extensions?.code, 'NOT_FOUND');
    await assert.rejects(
      subscribe<Presence>(app.url, PRESENCE, { id: conversation.id }, customer).then((s) => s.next(() => true, 5_000)),
      /FORBIDDEN/,
    );
  });

  test('Conversation.team names the team the flow routed it to, for agents only; the inbox filters by it', async () => {
    const admin = (
      await gqlOk<{ login: { token: string } }>(app.url, 'mutation ($p: String!) { login(email: "admin@baton.test", password: $p) { token } }', {
        p: app.settings.demoPassword,
      })
    ).login.token;
    const team = (await gqlOk<{ createTeam: { id: string } }>(app.url, 'mutation { createTeam(name: "Billing") { id } }', {}, admin)).createTeam;
    const flow = structuredClone(defaultFlow) as unknown as { nodes: { kind: string; team?: string }[] };
    flow.nodes.find((node) => node.kind === 'queue')!.team = team.id;
    await gqlOk(app.url, 'mutation ($flow: JSON!) { publishFlow(flow: $flow) { version } }', { flow }, admin);
    // A new conversation takes the published flow, whose queue routes it to the team.
    const routed = await sendAndWait(app.url, customer, 'Human please, about my invoice', (c) => c.status === 'AWAITING_HUMAN');

    const CONVERSATION = 'query ($id: ID!) { conversation(id: $id) { id team { id name } } }';
    const asAgent = await waitUntil(async () => {
      const read = await gqlOk<{ conversation: { team: { id: string; name: string } | null } }>(app.url, CONVERSATION, { id: routed.id }, holder.token);
      return read.conversation.team;
    }, 'the conversation to be routed to the team');
    assert.deepEqual(asAgent, { id: team.id, name: 'Billing' });
    const asCustomer = await gqlOk<{ conversation: { team: unknown } }>(app.url, CONVERSATION, { id: routed.id }, customer);
    assert.equal(asCustomer.conversation.team, null, 'routing is for agents');

    const inbox = await gqlOk<{ inbox: { edges: { node: { id: string } }[] } }>(
      app.url,
      'query ($t: ID!) { inbox(filter: { team: $t }) { edges { node { id } } } }',
      { t: team.id },
      holder.token,
    );
    assert.deepEqual(
      inbox.inbox.edges.map((edge) => edge.node.id),
      [routed.id],
      'only the conversation routed to the team, none of the earlier ones',
    );
  });
});
