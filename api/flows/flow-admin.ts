import { MongoServerError } from 'mongodb';
import { z } from 'zod';
import { FlowSchema, validateFlow } from '../../machines';
import type { FlowVersionDoc } from '../../store/documents';
import { requireUser } from '../auth/require';
import type { BatonContext } from '../context';
import { badInput, batonError, conflict, notFound } from '../errors';
import type {
  FlowDraft,
  FlowVersion,
  MutationPublishFlowArgs,
  MutationSaveFlowDraftArgs,
  MutationValidateFlowArgs,
  QueryFlowArgs,
} from '../schema/generated/resolvers-types';
import { assertFlowTeamsExist } from '../teams/flow-teams';
import { parseInput } from '../validate-input';
import { unstorablePart } from './storable-flow';

async function personOf(context: BatonContext, userId: string | null | undefined) {
  if (!userId) return null;
  const user = await context.db.users.findOne({ _id: userId }, { projection: { name: 1 } });
  return user ? { id: user._id, name: user.name } : null;
}

async function toFlowVersionResult(context: BatonContext, doc: FlowVersionDoc): Promise<FlowVersion> {
  return {
    version: doc.version,
    flow: doc.flow,
    publishedAt: doc.publishedAt.toISOString(),
    publishedBy: await personOf(context, doc.publishedBy),
    note: doc.note ?? null,
  };
}

export async function handleFlow({ input, context }: { input: QueryFlowArgs; context: BatonContext }) {
  const principal = requireUser(context);
  const { version } = parseInput(z.object({ version: z.number().int().min(1).nullish() }), input);
  const wanted = version ?? (await context.db.workspaces.findOne({ _id: principal.workspaceId }))?.publishedFlowVersion;
  const doc = wanted ? await context.db.flows.findOne({ _id: `${principal.workspaceId}:v${wanted}` }) : null;
  return doc ? toFlowVersionResult(context, doc) : null;
}

export async function handleFlowVersions({ context }: { context: BatonContext }) {
  const principal = requireUser(context);
  const docs = await context.db.flows.find({ workspaceId: principal.workspaceId }).sort({ version: -1 }).toArray();
  return Promise.all(docs.map((doc) => toFlowVersionResult(context, doc)));
}

export async function handleFlowDraft({ context }: { context: BatonContext }): Promise<FlowDraft | null> {
  const principal = requireUser(context);
  const draft = await context.db.flowDrafts.findOne({ _id: principal.workspaceId });
  if (!draft) return null;
  return {
    flow: draft.flow,
    updatedAt: draft.updatedAt.toISOString(),
    updatedBy: await personOf(context, draft.updatedBy),
    validation: validateFlow(draft.flow),
  };
}

/** A flow document is any JSON object; its meaning is checked by validateFlow, not here. */
const FlowInput = z.object({ flow: z.record(z.string(), z.unknown(), { error: 'flow must be a JSON object with nodes and edges' }) });

export async function handleValidateFlow({ input, context }: { input: MutationValidateFlowArgs; context: BatonContext }) {
  requireUser(context, 'admin');
  const { flow } = parseInput(FlowInput, input);
  return validateFlow(flow);
}

export async function handleSaveFlowDraft({ input, context }: { input: MutationSaveFlowDraftArgs; context: BatonContext }): Promise<FlowDraft> {
  const admin = requireUser(context, 'admin');
  const { flow } = parseInput(FlowInput, input);
  const unstorable = unstorablePart(flow);
  if (unstorable) throw badInput(unstorable, 'flow');
  await assertFlowTeamsExist(context, admin.workspaceId, flow);
  // Drafts may be invalid: admins save work in progress; publishing is what must be valid.
  const save = () =>
    context.db.flowDrafts.updateOne({ _id: admin.workspaceId }, { $set: { flow, updatedAt: new Date(), updatedBy: admin.userId } }, { upsert: true });
  try {
    await save();
  } catch (error) {
    // Two first saves at once both try to insert; the one that lost updates the draft the other created.
    if (!(error instanceof MongoServerError && error.code === 11000)) throw error;
    await save();
  }
  const draft = await handleFlowDraft({ context });
  if (!draft) throw new Error(`the flow draft of workspace ${admin.workspaceId} was saved but cannot be read back`);
  return draft;
}

export const PublishFlowInput = z.object({
  flow: z.record(z.string(), z.unknown()).nullish(),
  note: z.string().trim().max(500).nullish(),
});

/** Publishes a new immutable version; new conversations take it, running ones keep theirs. */
export async function handlePublishFlow({ input, context }: { input: MutationPublishFlowArgs; context: BatonContext }) {
  const admin = requireUser(context, 'admin');
  const { flow: given, note } = parseInput(PublishFlowInput, input);
  const source = given ?? (await context.db.flowDrafts.findOne({ _id: admin.workspaceId }))?.flow;
  if (!source) throw notFound('There is no draft to publish; pass flow, or save a draft first.');
  await assertFlowTeamsExist(context, admin.workspaceId, source);
  const verdict = validateFlow(source);
  if (!verdict.ok) {
    const errors = verdict.issues.filter((issue) => issue.severity === 'error');
    throw batonError(
      'BAD_USER_INPUT',
      `The flow has ${errors.length} problem(s); fix them before publishing: ${errors.map((issue) => issue.message).join(' ')}`,
      {
        issues: verdict.issues,
      },
    );
  }
  const workspace = await context.db.workspaces.findOne({ _id: admin.workspaceId });
  if (!workspace) throw notFound('Your workspace no longer exists.');
  const version = workspace.publishedFlowVersion + 1;
  const parsed = FlowSchema.safeParse({ ...(source as object), version });
  if (!parsed.success)
    throw badInput(`The flow cannot be published: ${parsed.error.issues[0]?.message ?? 'it does not match the flow format'}; validate it first.`, 'flow');
  const flow = parsed.data;
  const doc: FlowVersionDoc = {
    _id: `${admin.workspaceId}:v${version}`,
    workspaceId: admin.workspaceId,
    version,
    flow,
    publishedAt: new Date(),
    publishedBy: admin.userId,
    note: note ?? null,
  };
  try {
    await context.db.flows.insertOne(doc);
  } catch (error) {
    if (error instanceof MongoServerError && error.code === 11000)
      throw conflict(`Someone published version ${version} a moment ago; reload and publish again.`);
    throw error;
  }
  await context.db.workspaces.updateOne({ _id: admin.workspaceId, publishedFlowVersion: { $lt: version } }, { $set: { publishedFlowVersion: version } });
  return toFlowVersionResult(context, doc);
}
