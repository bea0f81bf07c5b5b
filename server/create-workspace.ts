import { randomUUID } from 'node:crypto';
import { MongoServerError } from 'mongodb';
import { z } from 'zod';
import { defaultFlow, validateFlow } from '../machines';
import type { BatonDb } from '../store/database';
import type { WorkspaceDoc } from '../store/documents';

/** What the widget, `baton ingest --workspace` and URLs use to name a workspace. */
export const WorkspaceKey = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{1,63}$/, 'the workspace key is 2-64 lowercase letters, digits and dashes, starting with a letter or digit (e.g. acme)');

/**
 * A site allowed to embed the widget, as the browser sends it in `Origin` (scheme, host, port).
 * No `*`: a real workspace names its sites, so another site cannot talk to its desk as a customer.
 */
export const WidgetOrigin = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (
        (url.protocol === 'https:' || url.protocol === 'http:') &&
        url.username === '' &&
        url.password === '' &&
        url.pathname === '/' &&
        url.search === '' &&
        url.hash === ''
      );
    } catch {
      return false;
    }
  }, 'each --origin is a site origin such as https://www.example.com (scheme and host, no path)')
  .transform((value) => new URL(value).origin);

export const NewWorkspace = z.object({
  key: WorkspaceKey,
  name: z
    .string()
    .trim()
    .min(1, 'the workspace name is required (--name)')
    .max(100, 'the workspace name is at most 100 characters')
    .refine((name) => !/\p{Cc}/u.test(name), 'the name may not contain control characters'),
  widgetOrigins: z.array(WidgetOrigin).max(50, 'at most 50 widget origins').default([]),
});

export type CreatedWorkspace = { id: string; key: string; name: string; widgetOrigins: string[]; flowVersion: number };

export type CreateWorkspaceResult = { ok: true; workspace: CreatedWorkspace } | { ok: false; code: 'BAD_USER_INPUT' | 'CONFLICT'; message: string };

/** Minutes a customer waits for a claim before the SLA trigger fires; the same default as the demo's. */
const DEFAULT_SLA_MINUTES = 5;

/**
 * Creates a workspace with the default flow published as version 1, so its widget answers at once.
 * The flow is written first: if the workspace insert then fails, a flow nobody points at is harmless,
 * whereas a workspace without a flow could not start conversations.
 */
export async function createWorkspace(db: BatonDb, input: z.input<typeof NewWorkspace>): Promise<CreateWorkspaceResult> {
  const parsed = NewWorkspace.safeParse(input);
  if (!parsed.success) return { ok: false, code: 'BAD_USER_INPUT', message: `${capitalize(parsed.error.issues[0]!.message)}.` };
  const { key, name, widgetOrigins } = parsed.data;
  if (await db.workspaces.findOne({ key }, { projection: { _id: 1 } })) return alreadyExists(key);

  const now = new Date();
  const workspace: WorkspaceDoc = {
    _id: `ws_${randomUUID()}`,
    key,
    name,
    publishedFlowVersion: 1,
    knowledgeVersion: 0,
    settings: { widgetOrigins: [...new Set(widgetOrigins)], slaMinutes: DEFAULT_SLA_MINUTES },
    createdAt: now,
  };
  await publishDefaultFlowAsFirstVersion(db, workspace._id, now);
  try {
    await db.workspaces.insertOne(workspace);
  } catch (error) {
    // Two creations of the same key at once: the unique index on `key` lets one win.
    if (error instanceof MongoServerError && error.code === 11000) return alreadyExists(key);
    throw error;
  }
  return { ok: true, workspace: { id: workspace._id, key, name, widgetOrigins: workspace.settings.widgetOrigins, flowVersion: 1 } };
}

/** The default flow as version 1 of a workspace; idempotent, so a rerun keeps what is there. */
export async function publishDefaultFlowAsFirstVersion(db: BatonDb, workspaceId: string, now = new Date()): Promise<void> {
  const verdict = validateFlow(defaultFlow);
  if (!verdict.ok) throw new Error(`The default flow is invalid: ${verdict.issues.map((issue) => issue.message).join('; ')}`);
  await db.flows.updateOne(
    { _id: `${workspaceId}:v1` },
    { $setOnInsert: { workspaceId, version: 1, flow: { ...defaultFlow, version: 1 }, publishedAt: now, publishedBy: null } },
    { upsert: true },
  );
}

const alreadyExists = (key: string): CreateWorkspaceResult => ({
  ok: false,
  code: 'CONFLICT',
  message: `A workspace with the key "${key}" already exists; choose another key.`,
});

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
