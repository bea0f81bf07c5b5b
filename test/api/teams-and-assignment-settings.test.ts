import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { defaultFlow } from '../../machines';
import { createAgents } from '../support/demo-actors';
import { gql, gqlOk } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';

type Team = { id: string; name: string; members: { id: string; name: string }[] };
const TEAM_FIELDS = 'id name members { id name }';

/** The default flow with its queue routing to `teamId`, on the node or on the edge of a human request. */
function flowRoutingTo(teamId: string, on: 'node' | 'edge') {
  const flow = structuredClone(defaultFlow) as unknown as { nodes: Record<string, unknown>[]; edges: Record<string, unknown>[] };
  if (on === 'node') flow.nodes.find((node) => node.kind === 'queue')!.team = teamId;
  else flow.edges.find((edge) => edge.id === 'human-request')!.effects = { team: teamId };
  return flow;
}

describe('teams and assignment settings', () => {
  let app: TestApp;
  let admin: string;
  let agent: string;
  before(async () => {
    app = await startTestApp('teams_settings');
    const login = async (email: string) =>
      (
        await gqlOk<{ login: { token: string } }>(app.url, 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', {
          e: email,
          p: app.settings.demoPassword,
        })
      ).login.token;
    admin = await login('admin@baton.test');
    agent = await login('agent@baton.test');
  });
  after(async () => {
    await app.stop();
  });

  const createTeam = (name: string, token = admin) =>
    gql<{ createTeam: Team }>(app.url, `mutation ($n: String!) { createTeam(name: $n) { ${TEAM_FIELDS} } }`, { n: name }, token);

  test('admins create and rename teams; names are trimmed, 1 to 60 characters and unique whatever their case', async () => {
    const billing = (await createTeam('  Billing  ')).data!.createTeam;
    assert.equal(billing.name, 'Billing');
    assert.deepEqual(billing.members, []);
    const duplicate = await createTeam('billing');
    assert.equal(duplicate.errors?.[0]?.extensions?.code, 'CONFLICT');
    assert.match(duplicate.errors![0]!.message, /already has a team named billing/);
    assert.equal((await createTeam('   ')).errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.equal((await createTeam('x'.repeat(61))).errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.equal((await createTeam('Sales', agent)).errors?.[0]?.extensions?.code, 'FORBIDDEN');

    const technical = (await createTeam('Technical')).data!.createTeam;
    const RENAME = `mutation ($id: ID!, $n: String!) { renameTeam(id: $id, name: $n) { ${TEAM_FIELDS} } }`;
    const clash = await gql(app.url, RENAME, { id: technical.id, n: 'BILLING' }, admin);
    assert.equal(clash.errors?.[0]?.extensions?.code, 'CONFLICT');
    const renamed = await gqlOk<{ renameTeam: Team }>(app.url, RENAME, { id: technical.id, n: 'Tech support' }, admin);
    assert.equal(renamed.renameTeam.name, 'Tech support');
    assert.equal((await gql(app.url, RENAME, { id: 't_nope', n: 'Other' }, admin)).errors?.[0]?.extensions?.code, 'NOT_FOUND');

    const teams = await gqlOk<{ teams: Team[] }>(app.url, `query { teams { ${TEAM_FIELDS} } }`, {}, agent);
    assert.deepEqual(
      teams.teams.map((team) => team.name),
      ['Billing', 'Tech support'],
    );
  });

  test('members are the active agents of a team; User.teams lists them back', async () => {
    const team = (await createTeam('Members')).data!.createTeam;
    const [first, second] = await createAgents(app.db, app.url, 2, 'member');
    const JOIN = 'mutation ($id: ID!, $teams: [ID!]!) { updateAgent(id: $id, input: { teams: $teams }) { teams { name } } }';
    const joined = await gqlOk<{ updateAgent: { teams: { name: string }[] } }>(app.url, JOIN, { id: first!.id, teams: [team.id] }, admin);
    assert.deepEqual(joined.updateAgent.teams, [{ name: 'Members' }]);
    await gqlOk(app.url, JOIN, { id: second!.id, teams: [team.id] }, admin);
    await gqlOk(app.url, 'mutation ($id: ID!) { deactivateAgent(id: $id) { id } }', { id: second!.id }, admin);
    const teams = await gqlOk<{ teams: Team[] }>(app.url, `query { teams { ${TEAM_FIELDS} } }`, {}, admin);
    assert.deepEqual(teams.teams.find((candidate) => candidate.id === team.id)!.members, [{ id: first!.id, name: first!.name }]);
  });

  test('a flow that routes to a team the workspace does not have is refused, as a draft and when published', async () => {
    const SAVE = 'mutation ($flow: JSON!) { saveFlowDraft(flow: $flow) { updatedAt } }';
    const draft = await gql(app.url, SAVE, { flow: flowRoutingTo('t_ghost', 'node') }, admin);
    assert.equal(draft.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.match(draft.errors![0]!.message, /t_ghost/);
    const published = await gql(
      app.url,
      'mutation ($flow: JSON!) { publishFlow(flow: $flow) { version } }',
      { flow: flowRoutingTo('t_phantom', 'edge') },
      admin,
    );
    assert.equal(published.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.match(published.errors![0]!.message, /t_phantom/);
  });

  test('a team the draft or the published flow routes to cannot be deleted; once unused, deleting it takes it off its agents', async () => {
    const team = (await createTeam('Routed')).data!.createTeam;
    const [member] = await createAgents(app.db, app.url, 1, 'routed');
    await gqlOk(app.url, 'mutation ($id: ID!, $t: [ID!]!) { updateAgent(id: $id, input: { teams: $t }) { id } }', { id: member!.id, t: [team.id] }, admin);
    const DELETE = 'mutation ($id: ID!) { deleteTeam(id: $id) }';

    await gqlOk(app.url, 'mutation ($flow: JSON!) { saveFlowDraft(flow: $flow) { updatedAt } }', { flow: flowRoutingTo(team.id, 'edge') }, admin);
    const byDraft = await gql(app.url, DELETE, { id: team.id }, admin);
    assert.equal(byDraft.errors?.[0]?.extensions?.code, 'CONFLICT');
    assert.match(byDraft.errors![0]!.message, /the flow draft routes conversations to the team Routed/);

    await gqlOk(app.url, 'mutation { publishFlow { version } }', {}, admin);
    await gqlOk(app.url, 'mutation ($flow: JSON!) { saveFlowDraft(flow: $flow) { updatedAt } }', { flow: structuredClone(defaultFlow) }, admin);
    const byPublished = await gql(app.url, DELETE, { id: team.id }, admin);
    assert.equal(byPublished.errors?.[0]?.extensions?.code, 'CONFLICT');
    assert.match(byPublished.errors![0]!.message, /the published flow \(version \d+\)/);

    await gqlOk(app.url, 'mutation { publishFlow { version } }', {}, admin);
    const before = (await app.db.users.findOne({ _id: member!.id }))!;
    assert.equal((await gqlOk<{ deleteTeam: boolean }>(app.url, DELETE, { id: team.id }, admin)).deleteTeam, true);
    const after = (await app.db.users.findOne({ _id: member!.id }))!;
    assert.deepEqual(after.teamIds, []);
    assert.ok(after.routingVersion! > before.routingVersion!, 'leaving the team is a change the router hears of');
    assert.equal((await gql(app.url, DELETE, { id: team.id }, admin)).errors?.[0]?.extensions?.code, 'NOT_FOUND');
  });

  test('assignment settings: defaults, a partial change kept with the rest, and values out of range refused', async () => {
    const ASSIGNMENT = 'assignment { mode defaultCapacity awayAfterSeconds reassignAfterSeconds }';
    const initial = await gqlOk<{ workspace: { settings: { assignment: unknown } } }>(app.url, `query { workspace { settings { ${ASSIGNMENT} } } }`, {}, agent);
    assert.deepEqual(initial.workspace.settings.assignment, { mode: 'MANUAL', defaultCapacity: 3, awayAfterSeconds: 90, reassignAfterSeconds: 120 });

    const UPDATE = `mutation ($a: AssignmentSettingsInput!) { updateWorkspaceSettings(input: { assignment: $a }) { settings { ${ASSIGNMENT} slaMinutes } } }`;
    await gqlOk(app.url, UPDATE, { a: { mode: 'ROUND_ROBIN', awayAfterSeconds: 300 } }, admin);
    const changed = await gqlOk<{ updateWorkspaceSettings: { settings: { assignment: unknown } } }>(
      app.url,
      UPDATE,
      { a: { reassignAfterSeconds: 45 } },
      admin,
    );
    assert.deepEqual(changed.updateWorkspaceSettings.settings.assignment, {
      mode: 'ROUND_ROBIN',
      defaultCapacity: 3,
      awayAfterSeconds: 300,
      reassignAfterSeconds: 45,
    });

    for (const [input, message] of [
      [{ awayAfterSeconds: 10 }, /awayAfterSeconds must be at least 30/],
      [{ reassignAfterSeconds: 0 }, /reassignAfterSeconds must be at least 1/],
      [{ defaultCapacity: 101 }, /defaultCapacity must be at most 100/],
      [{ awayAfterSeconds: 86_401 }, /awayAfterSeconds must be at most 86400/],
    ] as const) {
      const refused = await gql(app.url, UPDATE, { a: input }, admin);
      assert.equal(refused.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', JSON.stringify(input));
      assert.match(refused.errors![0]!.message, message);
    }
    assert.equal((await gql(app.url, UPDATE, { a: { mode: 'MANUAL' } }, agent)).errors?.[0]?.extensions?.code, 'FORBIDDEN');
    const kept = await gqlOk<{ workspace: { settings: { assignment: { reassignAfterSeconds: number } } } }>(
      app.url,
      `query { workspace { settings { ${ASSIGNMENT} } } }`,
      {},
      admin,
    );
    assert.equal(kept.workspace.settings.assignment.reassignAfterSeconds, 45, 'refused changes changed nothing');
    await gqlOk(app.url, UPDATE, { a: { mode: 'MANUAL' } }, admin);
  });
});
