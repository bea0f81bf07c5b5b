/** Driving a team inbox in tests: assignment settings, availability, escalations, and reading who holds what. */
import { DEMO_WORKSPACE } from '../../server/seed-demo';
import type { BatonDb } from '../../store/database';
import type { ConversationDoc } from '../../store/documents';
import { gqlOk } from './graphql-client';
import { waitUntil } from './wait-until';

const adminTokens = new Map<string, Promise<string>>();

/**
 * The demo admin's token for this app (signed in once per app). Signing in makes an account AVAILABLE;
 * the admin goes OFFLINE at once, so only the test's own agents are given conversations.
 */
export function adminToken(url: string): Promise<string> {
  let token = adminTokens.get(url);
  if (!token) {
    token = gqlOk<{ login: { token: string } }>(url, 'mutation { login(email: "admin@baton.test", password: "baton-demo") { token } }').then(async (data) => {
      await setAvailability(url, data.login.token, 'OFFLINE');
      return data.login.token;
    });
    adminTokens.set(url, token);
  }
  return token;
}

/** Lifts the workspace's ceiling on new conversations, for tests that start hundreds in a minute. */
export async function allowManyConversations(url: string): Promise<void> {
  await gqlOk(
    url,
    'mutation ($input: WorkspaceSettingsInput!) { updateWorkspaceSettings(input: $input) { id } }',
    { input: { newConversationsPerMinute: 100_000 } },
    await adminToken(url),
  );
}

export async function setAssignment(
  url: string,
  assignment: { mode?: string; defaultCapacity?: number; awayAfterSeconds?: number; reassignAfterSeconds?: number },
): Promise<void> {
  await gqlOk(
    url,
    'mutation ($input: WorkspaceSettingsInput!) { updateWorkspaceSettings(input: $input) { id } }',
    { input: { assignment } },
    await adminToken(url),
  );
}

export async function setAvailability(url: string, token: string, status: 'AVAILABLE' | 'AWAY' | 'OFFLINE'): Promise<void> {
  await gqlOk(url, 'mutation ($status: AgentAvailability!) { setAvailability(status: $status) { id } }', { status }, token);
}

let escalations = 0;

/** GraphQL from an address of its own (the test app trusts one proxy hop), as customers on their own connections. */
async function fromOwnAddress<T>(url: string, address: string, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const { data, errors } = (await response.json()) as { data?: T; errors?: unknown };
  if (!data) throw new Error(`${query.slice(0, 60)}… failed: ${JSON.stringify(errors)}`);
  return data;
}

/**
 * A new customer, in a widget session and from an address of their own, who asks for a person at
 * once (the default flow escalates on the first message); many at once stay within the per-address limits.
 */
export async function escalate(url: string): Promise<string> {
  escalations += 1;
  const address = `198.19.${Math.floor(escalations / 256) % 256}.${escalations % 256}`;
  const session = await fromOwnAddress<{ startWidgetSession: { token: string } }>(
    url,
    address,
    'mutation { startWidgetSession(workspaceKey: "demo") { token } }',
    {},
  );
  const input = { text: 'I need to talk to a human please', clientMessageId: `escalate-${process.pid}-${escalations}` };
  const sent = await fromOwnAddress<{ sendCustomerMessage: { id: string } }>(
    url,
    address,
    'mutation ($input: SendCustomerMessageInput!) { sendCustomerMessage(input: $input) { id } }',
    { input },
    session.startWidgetSession.token,
  );
  return sent.sendCustomerMessage.id;
}

/** The read model's conversations of the demo workspace with these ids. */
export async function conversationsOf(db: BatonDb, ids: string[]): Promise<ConversationDoc[]> {
  const docs = await db.conversations.find({ _id: { $in: ids }, workspaceId: DEMO_WORKSPACE.id }).toArray();
  return ids.map((id) => docs.find((doc) => doc._id === id)!).filter(Boolean);
}

/** Waits until the conversations satisfy `until` (as stored), and returns them in the order given. */
export function waitForConversations(db: BatonDb, ids: string[], until: (docs: ConversationDoc[]) => boolean, what: string, timeoutMs = 30_000) {
  return waitUntil(
    async () => {
      const docs = await conversationsOf(db, ids);
      return docs.length === ids.length && until(docs) ? docs : null;
    },
    what,
    timeoutMs,
  );
}

/** How many times each conversation was given to someone: its moves into HUMAN_ACTIVE. */
export const timesAssigned = (doc: ConversationDoc) =>
  (doc.transitions ?? []).filter((transition) => transition.status === 'HUMAN_ACTIVE' && transition.from !== transition.to).length;

export async function resolveAs(url: string, token: string, id: string): Promise<void> {
  await gqlOk(url, 'mutation ($id: ID!) { resolveConversation(id: $id) { id } }', { id }, token);
}
