import bcrypt from 'bcryptjs';
import type { BatonDb } from '../../store/database';
import { DEMO_WORKSPACE } from '../../server/seed-demo';
import { gqlOk, subscribe } from './graphql-client';
import { waitUntil } from './wait-until';

export const CONVERSATION_FIELDS = `
  id status priority flowVersion
  assignee { id name }
  escalation { reason trigger summary at }
  timeline { id at kind text confidence author { id name } citations { title url } }
`;

export type Conversation = {
  id: string;
  status: string;
  priority: string;
  flowVersion: number;
  assignee: { id: string; name: string } | null;
  escalation: { reason: string; trigger: string; summary: string | null; at: string } | null;
  timeline: {
    id: string;
    kind: string;
    text: string;
    confidence: number | null;
    author: { id: string; name: string } | null;
    citations: { title: string; url: string | null }[];
  }[];
};

export async function widgetToken(url: string): Promise<string> {
  const data = await gqlOk<{ startWidgetSession: { token: string } }>(url, 'mutation { startWidgetSession(workspaceKey: "demo") { token } }');
  return data.startWidgetSession.token;
}

/** Creates agents in the demo workspace (cheap hashes: these are test accounts) and signs each in. */
export async function createAgents(db: BatonDb, url: string, count: number, prefix = 'agent'): Promise<{ id: string; name: string; token: string }[]> {
  const passwordHash = await bcrypt.hash('test-password', 4);
  const agents = Array.from({ length: count }, (_, index) => ({
    _id: `u_${prefix}_${index}`,
    workspaceId: DEMO_WORKSPACE.id,
    email: `${prefix}${index}@test.example`,
    name: `${prefix} ${index}`,
    role: 'agent' as const,
    passwordHash,
    createdAt: new Date(),
  }));
  await db.users.insertMany(agents);
  return Promise.all(
    agents.map(async (agent, index) => {
      // Each agent signs in from an address of its own (the test app trusts one proxy hop), as a team
      // does, so the per-address sign-in limit meets one person each.
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.18.${Math.floor(index / 256)}.${index % 256}` },
        body: JSON.stringify({ query: 'mutation ($e: String!) { login(email: $e, password: "test-password") { token } }', variables: { e: agent.email } }),
      });
      const { data, errors } = (await response.json()) as { data?: { login: { token: string } }; errors?: unknown };
      if (!data) throw new Error(`${agent.email} could not sign in: ${JSON.stringify(errors)}`);
      return { id: agent._id, name: agent.name, token: data.login.token };
    }),
  );
}

const SEND = `mutation ($input: SendCustomerMessageInput!) { sendCustomerMessage(input: $input) { ${CONVERSATION_FIELDS} } }`;
const GET = `query ($id: ID!) { conversation(id: $id) { ${CONVERSATION_FIELDS} } }`;
const UPDATED = `subscription ($id: ID!) { conversationUpdated(id: $id) { ${CONVERSATION_FIELDS} } }`;

let messageCounter = 0;

/** Sends a customer message (a new conversation when `conversationId` is omitted) and waits until `until` holds. */
export async function sendAndWait(
  url: string,
  token: string,
  text: string,
  until: (conversation: Conversation) => boolean,
  conversationId?: string,
): Promise<Conversation> {
  const input = { text, clientMessageId: `test-${process.pid}-${++messageCounter}`, ...(conversationId ? { conversationId } : {}) };
  const sent = (await gqlOk<{ sendCustomerMessage: Conversation }>(url, SEND, { input }, token)).sendCustomerMessage;
  return waitForConversation(url, token, sent.id, until);
}

const agentTokens = new Map<string, Promise<string>>();

/**
 * The conversation as the demo agent sees it: the escalation, priority, tags and answer confidence
 * are for agents only, so a widget token reads them as null (api/auth/widget-visible-fields.ts).
 */
export async function conversationAsAgent(url: string, id: string): Promise<Conversation> {
  let token = agentTokens.get(url);
  if (!token) {
    token = gqlOk<{ login: { token: string } }>(url, 'mutation { login(email: "agent@baton.test", password: "baton-demo") { token } }').then(
      (data) => data.login.token,
    );
    agentTokens.set(url, token);
  }
  return (await gqlOk<{ conversation: Conversation }>(url, GET, { id }, await token)).conversation;
}

/** Polls the agent's view of a conversation until `until` holds (the handoff summary lands a moment after the escalation). */
export async function waitAsAgent(url: string, id: string, until: (conversation: Conversation) => boolean): Promise<Conversation> {
  return waitUntil(async () => {
    const conversation = await conversationAsAgent(url, id);
    return until(conversation) ? conversation : null;
  }, `conversation ${id} as an agent sees it`);
}

/** Waits on `conversationUpdated` until `until` holds (reading once first, in case it already does). */
export async function waitForConversation(url: string, token: string, id: string, until: (conversation: Conversation) => boolean): Promise<Conversation> {
  const updates = await subscribe<{ conversationUpdated: Conversation }>(url, UPDATED, { id }, token);
  try {
    const current = (await gqlOk<{ conversation: Conversation }>(url, GET, { id }, token)).conversation;
    if (until(current)) return current;
    return (await updates.next((value) => until(value.conversationUpdated))).conversationUpdated;
  } finally {
    updates.close();
  }
}
