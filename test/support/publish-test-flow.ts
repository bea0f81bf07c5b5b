import { defaultFlow, validateFlow, type Flow } from '../../machines';
import { DEMO_WORKSPACE } from '../../server/seed-demo';
import type { BatonDb } from '../../store/database';

/** Publishes a variant of the default flow as the demo workspace's next version (straight in the database). */
export async function publishTestFlow(db: BatonDb, edit: (flow: Flow) => void): Promise<number> {
  const workspace = await db.workspaces.findOne({ _id: DEMO_WORKSPACE.id });
  const version = (workspace?.publishedFlowVersion ?? 1) + 1;
  const flow: Flow = structuredClone({ ...defaultFlow, version });
  edit(flow);
  const verdict = validateFlow(flow);
  if (!verdict.ok) throw new Error(`test flow is invalid: ${JSON.stringify(verdict.issues)}`);
  await db.flows.insertOne({
    _id: `${DEMO_WORKSPACE.id}:v${version}`,
    workspaceId: DEMO_WORKSPACE.id,
    version,
    flow,
    publishedAt: new Date(),
    publishedBy: null,
  });
  await db.workspaces.updateOne({ _id: DEMO_WORKSPACE.id }, { $set: { publishedFlowVersion: version } });
  return version;
}

export function setTriggerParam(flow: Flow, edgeId: string, params: Record<string, unknown>): void {
  const edge = flow.edges.find((candidate) => candidate.id === edgeId);
  if (!edge) throw new Error(`no edge ${edgeId} in the flow`);
  edge.trigger = { ...edge.trigger, params: { ...edge.trigger.params, ...params } } as typeof edge.trigger;
}
