import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DEFAULT_AWAY_MESSAGES } from '../../api/workspace/away-messages';
import { conversationWithMoves } from '../support/assignment-history';
import { sendAndWait, widgetToken } from '../support/demo-actors';
import { gql, gqlOk, subscribe } from '../support/graphql-client';
import { adminToken, escalate, setAvailability, waitForConversations } from '../support/team-inbox';
import { startTestApp, type TestApp } from '../support/test-app';

type WaitStatus = {
  id: string;
  status: string;
  queuePosition: number | null;
  expectedWaitSeconds: number | null;
  teamAvailable: boolean;
  teamBackAt: string | null;
  awayMessage: string | null;
};
const WAIT_FIELDS = 'id status queuePosition expectedWaitSeconds teamAvailable teamBackAt awayMessage';
const READ = `query ($id: ID!) { conversation(id: $id) { ${WAIT_FIELDS} } }`;
const SETTINGS = 'mutation ($input: WorkspaceSettingsInput!) { updateWorkspaceSettings(input: $input) { settings { awayMessages { busy closed } } } }';

describe('wait status: where a waiting customer stands', () => {
  let app: TestApp;
  let agent: string;
  let customer: string;
  let waitingIds: string[];
  let mine: string;
  const read = async (): Promise<WaitStatus> => (await gqlOk<{ conversation: WaitStatus }>(app.url, READ, { id: mine }, customer)).conversation;

  before(async () => {
    app = await startTestApp('wait_status');
    await adminToken(app.url);
    agent = (await gqlOk<{ login: { token: string } }>(app.url, 'mutation { login(email: "agent@baton.test", password: "baton-demo") { token } }')).login.token;
    // Three past waits of the last hour (1, 2 and 3 minutes): a median of 2 minutes per place in line.
    const hourAgo = Date.now() - 3600_000;
    const iso = (offsetSeconds: number) => new Date(hourAgo + offsetSeconds * 1000).toISOString();
    await app.db.conversations.insertMany(
      [60, 120, 180].map((waited, index) =>
        conversationWithMoves(
          `c_past_${index}`,
          { at: iso(-1), status: 'AI_ANSWERING', trigger: 'start' },
          { at: iso(0), status: 'AWAITING_HUMAN', trigger: 'human_request' },
          { at: iso(waited), status: 'HUMAN_ACTIVE', trigger: 'agent_claim', agentId: 'u_demo_agent' },
          { at: iso(waited + 60), status: 'RESOLVED', trigger: 'resolve' },
        ),
      ),
    );
    // Two customers ahead, one after the other so their order is certain, then ours.
    waitingIds = [];
    for (const _ of [1, 2]) {
      const id = await escalate(app.url);
      await waitForConversations(app.db, [id], ([doc]) => doc!.status === 'AWAITING_HUMAN', `${id} waiting`);
      waitingIds.push(id);
    }
    customer = await widgetToken(app.url);
    mine = (await sendAndWait(app.url, customer, 'I need to talk to a human please', (c) => c.status === 'AWAITING_HUMAN')).id;
  });
  after(async () => {
    await app?.stop();
  });

  test('third in line with an estimate; after one ahead is claimed, second, by query and live over SSE', async () => {
    const before = await read();
    assert.equal(before.queuePosition, 3);
    assert.equal(before.teamAvailable, true, 'Sam is signed in, so AVAILABLE, and the demo workspace has no hours');
    assert.equal(before.expectedWaitSeconds, 3 * 120, 'the median wait (2 min) for each place in line');
    assert.equal(before.awayMessage, null);
    assert.equal(before.teamBackAt, null);

    const live = await subscribe<{ conversationUpdated: WaitStatus }>(
      app.url,
      `subscription ($id: ID!) { conversationUpdated(id: $id) { ${WAIT_FIELDS} } }`,
      { id: mine },
      customer,
    );
    try {
      await gqlOk(app.url, 'mutation ($id: ID!) { claimConversation(id: $id) { id } }', { id: waitingIds[0] }, agent);
      const event = await live.next((value) => value.conversationUpdated.queuePosition === 2);
      // The claim is a fourth recent wait, of a few seconds: the median of (s, 60, 120, 180) is 90 s, for two places.
      assert.equal(event.conversationUpdated.expectedWaitSeconds, 2 * 90);
    } finally {
      live.close();
    }
    assert.equal((await read()).queuePosition, 2);
  });

  test('outside business hours: nobody available, when they are back, and the closed wording', async () => {
    const admin = await adminToken(app.url);
    const today = ((new Date().getUTCDay() + 6) % 7) + 1;
    const otherDays = [1, 2, 3, 4, 5, 6, 7].filter((day) => day !== today);
    await gqlOk(app.url, SETTINGS, { input: { businessHours: { timezone: 'UTC', days: otherDays, open: '00:00', close: '23:59' } } }, admin);
    const closed = await read();
    assert.equal(closed.teamAvailable, false);
    assert.equal(closed.expectedWaitSeconds, null, 'no promise while nobody is there');
    assert.equal(closed.awayMessage, DEFAULT_AWAY_MESSAGES.closed);
    assert.ok(closed.awayMessage?.includes('{{backAt}}'), 'the widget writes the time in the customer’s zone');
    const backAt = Date.parse(closed.teamBackAt ?? '');
    assert.ok(backAt > Date.now() && backAt <= Date.now() + 24 * 3600_000, `back tomorrow at midnight UTC: ${closed.teamBackAt}`);
    assert.equal(new Date(backAt).getUTCHours(), 0);

    // Admins reword it; agents read it; empty or overlong wording is refused.
    const reworded = 'Back {{backAt}}: leave your email.';
    await gqlOk(app.url, SETTINGS, { input: { awayMessages: { closed: `  ${reworded}  ` } } }, admin);
    assert.equal((await read()).awayMessage, reworded);
    const asAgent = await gqlOk<{ workspace: { settings: { awayMessages: { busy: string; closed: string } } } }>(
      app.url,
      '{ workspace { settings { awayMessages { busy closed } } } }',
      {},
      agent,
    );
    assert.deepEqual(asAgent.workspace.settings.awayMessages, { busy: DEFAULT_AWAY_MESSAGES.busy, closed: reworded });
    for (const busy of ['   ', 'x'.repeat(501)]) {
      const refused = await gql(app.url, SETTINGS, { input: { awayMessages: { busy } } }, admin);
      assert.equal(refused.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', JSON.stringify(refused.errors));
    }
    const byAgent = await gql(app.url, SETTINGS, { input: { awayMessages: { busy: 'Hello' } } }, agent);
    assert.equal(byAgent.errors?.[0]?.extensions?.code, 'FORBIDDEN');
  });

  test('within hours but nobody AVAILABLE: the busy wording and no estimate', async () => {
    const admin = await adminToken(app.url);
    await gqlOk(app.url, SETTINGS, { input: { businessHours: null } }, admin);
    assert.equal((await read()).teamAvailable, true);
    const stream = await subscribe<{ conversationUpdated: WaitStatus }>(
      app.url,
      `subscription ($id: ID!) { conversationUpdated(id: $id) { ${WAIT_FIELDS} } }`,
      { id: mine },
      customer,
    );
    await setAvailability(app.url, agent, 'AWAY');
    // Pushed when the agent's change is announced, not at the next periodic check (AVAILABILITY_RECHECK_MS, 15 s after the stream opened).
    const pushed = await stream.next((event) => event.conversationUpdated.teamAvailable === false, 5_000);
    assert.equal(pushed.conversationUpdated.awayMessage, DEFAULT_AWAY_MESSAGES.busy);
    stream.close();
    const busy = await read();
    assert.equal(busy.teamAvailable, false);
    assert.equal(busy.awayMessage, DEFAULT_AWAY_MESSAGES.busy);
    assert.equal(busy.teamBackAt, null);
    assert.equal(busy.expectedWaitSeconds, null);
    assert.equal(busy.queuePosition, 2, 'still in line');
  });
});
