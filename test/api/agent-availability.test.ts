import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Client, Connection } from '@temporalio/client';
import { defaultPayloadConverter } from '@temporalio/common';
import { assignmentRouterWorkflowId } from '../../machines/routing/router-names';
import { DEMO_WORKSPACE } from '../../server/seed-demo';
import { createAgents, sendAndWait, widgetToken } from '../support/demo-actors';
import { gql, gqlOk } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';
import { testServers } from '../support/test-servers';
import { waitUntil } from '../support/wait-until';

type Agent = {
  id: string;
  name: string;
  availability: string;
  capacity: number;
  activeConversations: number;
  lastSeenAt: string | null;
  teams: { id: string; name: string }[];
};
const AGENT_FIELDS = 'id name availability capacity activeConversations lastSeenAt teams { id name }';
const AGENTS = `query { agents { ${AGENT_FIELDS} } }`;

/** The signals the workspace's assignment router received (its current run; none yet: empty), decoded. */
async function routerSignals(app: TestApp): Promise<{ name: string; payload: any }[]> {
  const connection = await Connection.connect({ address: testServers().temporalAddress });
  try {
    const client = new Client({ connection, namespace: app.settings.temporal.namespace });
    const history = await client.workflow
      .getHandle(assignmentRouterWorkflowId(app.settings.temporal.taskQueue, DEMO_WORKSPACE.id))
      .fetchHistory()
      .catch(() => null);
    return (history?.events ?? []).flatMap((event) => {
      const signal = event.workflowExecutionSignaledEventAttributes;
      const payload = signal?.input?.payloads?.[0];
      return signal?.signalName ? [{ name: signal.signalName, payload: payload ? defaultPayloadConverter.fromPayload(payload) : undefined }] : [];
    });
  } finally {
    await connection.close();
  }
}

describe('agent availability, capacity and load', () => {
  let app: TestApp;
  let admin: string;
  const agentById = async (id: string) => (await gqlOk<{ agents: Agent[] }>(app.url, AGENTS, {}, admin)).agents.find((agent) => agent.id === id)!;
  const account = async (id: string) => (await app.db.users.findOne({ _id: id }))!;

  before(async () => {
    app = await startTestApp('agent_availability');
    admin = (
      await gqlOk<{ login: { token: string } }>(app.url, 'mutation ($p: String!) { login(email: "admin@baton.test", password: $p) { token } }', {
        p: app.settings.demoPassword,
      })
    ).login.token;
  });
  after(async () => {
    await app.stop();
  });

  test('signing in makes an agent AVAILABLE and tells the router; an agent who never signed in is OFFLINE', async () => {
    const signedOut = `u_never_${Date.now()}`;
    await app.db.users.insertOne({
      _id: signedOut,
      workspaceId: DEMO_WORKSPACE.id,
      email: `never${Date.now()}@test.example`,
      name: 'Never Signed',
      role: 'agent',
      passwordHash: 'x',
      createdAt: new Date(),
    });
    assert.equal((await agentById(signedOut)).availability, 'OFFLINE');

    const startedAt = Date.now();
    const [agent] = await createAgents(app.db, app.url, 1, 'signin');
    const stored = await account(agent!.id);
    assert.equal(stored.availability, 'AVAILABLE');
    assert.equal(stored.availabilitySetBy, 'sign-in');
    assert.ok(stored.lastSeenAt && stored.lastSeenAt.getTime() >= startedAt, 'signing in counts as being seen');
    assert.ok((stored.routingVersion ?? 0) >= startedAt, 'the routing version is at least the time of the change');
    const seen = await agentById(agent!.id);
    assert.equal(seen.availability, 'AVAILABLE');
    assert.equal(seen.lastSeenAt, stored.lastSeenAt!.toISOString());

    const signal = await waitUntil(
      async () => (await routerSignals(app)).find((s) => s.name === 'agentRouting' && s.payload?.agentId === agent!.id),
      'the router to receive the sign-in',
    );
    assert.equal(signal.payload.availability, 'AVAILABLE');
    assert.equal(signal.payload.version, stored.routingVersion);
  });

  test('a heartbeat that changes nothing only stamps lastSeenAt; one after idleness brings the agent back; a chosen AWAY stays', async () => {
    const [agent] = await createAgents(app.db, app.url, 1, 'heartbeat');
    const HEARTBEAT = `mutation { heartbeat { ${AGENT_FIELDS} } }`;
    const before = await account(agent!.id);

    const beat = await gqlOk<{ heartbeat: Agent[] }>(app.url, HEARTBEAT, {}, agent!.token);
    assert.ok(
      beat.heartbeat.some((other) => other.name === 'Sam Agent'),
      'a heartbeat returns every agent of the workspace',
    );
    const stamped = await account(agent!.id);
    assert.equal(stamped.routingVersion, before.routingVersion, 'nothing the router keeps changed: no new version');
    assert.ok(stamped.lastSeenAt!.getTime() >= before.lastSeenAt!.getTime());
    assert.equal(stamped.availability, 'AVAILABLE');

    // The router marks an agent whose page went quiet AWAY, by idleness.
    await app.db.users.updateOne({ _id: agent!.id }, { $set: { availability: 'AWAY', availabilitySetBy: 'idle' } });
    const back = (await gqlOk<{ heartbeat: Agent[] }>(app.url, HEARTBEAT, {}, agent!.token)).heartbeat.find((other) => other.id === agent!.id)!;
    assert.equal(back.availability, 'AVAILABLE');
    const restored = await account(agent!.id);
    assert.ok(restored.routingVersion! > stamped.routingVersion!, 'coming back is a change the router hears of');
    await waitUntil(
      async () => (await routerSignals(app)).find((s) => s.name === 'agentRouting' && s.payload?.version === restored.routingVersion),
      'the router to hear the agent is back',
    );

    const away = await gqlOk<{ setAvailability: Agent }>(app.url, 'mutation { setAvailability(status: AWAY) { availability } }', {}, agent!.token);
    assert.equal(away.setAvailability.availability, 'AWAY');
    await gqlOk(app.url, HEARTBEAT, {}, agent!.token);
    assert.equal((await agentById(agent!.id)).availability, 'AWAY', 'an AWAY the agent chose survives heartbeats');
    await gqlOk(app.url, 'mutation { setAvailability(status: AVAILABLE) { availability } }', {}, agent!.token);
    assert.equal((await agentById(agent!.id)).availability, 'AVAILABLE');
  });

  test('signing out makes the agent OFFLINE; deactivation too, and a reactivated agent stays OFFLINE until it signs in', async () => {
    const [agent] = await createAgents(app.db, app.url, 1, 'signout');
    await gqlOk(app.url, 'mutation { logout }', {}, agent!.token);
    const out = await account(agent!.id);
    assert.equal(out.availability, 'OFFLINE');
    assert.equal(out.availabilitySetBy, 'sign-out');
    assert.equal((await agentById(agent!.id)).availability, 'OFFLINE');

    const [other] = await createAgents(app.db, app.url, 1, 'deactivated');
    const deactivate = await gqlOk<{ deactivateAgent: Agent }>(
      app.url,
      'mutation ($id: ID!) { deactivateAgent(id: $id) { availability } }',
      { id: other!.id },
      admin,
    );
    assert.equal(deactivate.deactivateAgent.availability, 'OFFLINE');
    const stored = await account(other!.id);
    await waitUntil(
      async () => (await routerSignals(app)).find((s) => s.name === 'agentRouting' && s.payload?.agentId === other!.id && s.payload.active === false),
      'the router to hear of the deactivation',
    );
    const reactivate = await gqlOk<{ reactivateAgent: Agent }>(
      app.url,
      'mutation ($id: ID!) { reactivateAgent(id: $id) { availability } }',
      { id: other!.id },
      admin,
    );
    assert.equal(reactivate.reactivateAgent.availability, 'OFFLINE');
    assert.ok((await account(other!.id)).routingVersion! > stored.routingVersion!);
  });

  test('capacity is the agent’s own or the workspace default; activeConversations counts what the agent holds', async () => {
    const [agent, idle] = await createAgents(app.db, app.url, 2, 'load');
    assert.equal((await agentById(agent!.id)).capacity, 3, 'the default of a workspace that set none');
    const settings = await gqlOk<{ updateWorkspaceSettings: { settings: { assignment: { defaultCapacity: number } } } }>(
      app.url,
      'mutation { updateWorkspaceSettings(input: { assignment: { defaultCapacity: 4 } }) { settings { assignment { defaultCapacity } } } }',
      {},
      admin,
    );
    assert.equal(settings.updateWorkspaceSettings.settings.assignment.defaultCapacity, 4);
    const told = await waitUntil(
      async () => (await routerSignals(app)).find((s) => s.name === 'routingSettings' && s.payload?.defaultCapacity === 4),
      'the router to receive the new settings',
    );
    assert.deepEqual(
      told.payload,
      { mode: 'MANUAL', defaultCapacity: 4, awayAfterSeconds: 90, reassignAfterSeconds: 120 },
      'the merged settings, defaults included',
    );
    assert.equal((await agentById(agent!.id)).capacity, 4);
    const updated = await gqlOk<{ updateAgent: Agent }>(
      app.url,
      `mutation ($id: ID!) { updateAgent(id: $id, input: { capacity: 7 }) { ${AGENT_FIELDS} } }`,
      { id: agent!.id },
      admin,
    );
    assert.equal(updated.updateAgent.capacity, 7);
    assert.equal((await agentById(idle!.id)).capacity, 4);

    const customer = await widgetToken(app.url);
    const waiting = await sendAndWait(app.url, customer, 'I want to talk to a human', (c) => c.status === 'AWAITING_HUMAN');
    assert.equal((await agentById(agent!.id)).activeConversations, 0);
    await gqlOk(app.url, 'mutation ($id: ID!) { claimConversation(id: $id) { id } }', { id: waiting.id }, agent!.token);
    const agents = (await gqlOk<{ agents: Agent[] }>(app.url, AGENTS, {}, admin)).agents;
    assert.equal(agents.find((a) => a.id === agent!.id)!.activeConversations, 1);
    assert.equal(agents.find((a) => a.id === idle!.id)!.activeConversations, 0);
  });

  test('updateAgent refuses a capacity out of range and a team the workspace does not have', async () => {
    const [agent] = await createAgents(app.db, app.url, 1, 'validation');
    const UPDATE = 'mutation ($id: ID!, $input: UpdateAgentInput!) { updateAgent(id: $id, input: $input) { capacity teams { name } } }';
    const tooMany = await gql(app.url, UPDATE, { id: agent!.id, input: { capacity: 101 } }, admin);
    assert.equal(tooMany.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.match(tooMany.errors![0]!.message, /capacity must be at most 100/);
    const negative = await gql(app.url, UPDATE, { id: agent!.id, input: { capacity: -1 } }, admin);
    assert.equal(negative.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');

    const team = (await gqlOk<{ createTeam: { id: string } }>(app.url, 'mutation { createTeam(name: "Validation team") { id } }', {}, admin)).createTeam;
    const unknown = await gql(app.url, UPDATE, { id: agent!.id, input: { teams: [team.id, 't_missing'] } }, admin);
    assert.equal(unknown.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.match(unknown.errors![0]!.message, /t_missing/);
    assert.deepEqual((await account(agent!.id)).teamIds ?? [], [], 'a refused change changes nothing');

    const joined = await gqlOk<{ updateAgent: { teams: { name: string }[] } }>(app.url, UPDATE, { id: agent!.id, input: { teams: [team.id, team.id] } }, admin);
    assert.deepEqual(joined.updateAgent.teams, [{ name: 'Validation team' }]);
    const byAgent = await gql(app.url, UPDATE, { id: agent!.id, input: { capacity: 1 } }, agent!.token);
    assert.equal(byAgent.errors?.[0]?.extensions?.code, 'FORBIDDEN');
  });
});
