import { FlowSchema, type Flow } from '../../machines';
import type { BatonDb } from '../../store/database';

/** The flow version a new conversation starts on: the workspace's published one. Versions are immutable, so they cache forever. */
export class PublishedFlows {
  private readonly byId = new Map<string, { version: number; flow: Flow }>();

  constructor(private readonly db: BatonDb) {}

  async current(workspaceId: string): Promise<{ version: number; flow: Flow }> {
    const workspace = await this.db.workspaces.findOne({ _id: workspaceId }, { projection: { publishedFlowVersion: 1 } });
    if (!workspace) throw new Error(`Workspace ${workspaceId} does not exist.`);
    return this.version(workspaceId, workspace.publishedFlowVersion);
  }

  async version(workspaceId: string, version: number): Promise<{ version: number; flow: Flow }> {
    const id = `${workspaceId}:v${version}`;
    const cached = this.byId.get(id);
    if (cached) return cached;
    const doc = await this.db.flows.findOne({ _id: id });
    if (!doc) throw new Error(`Flow version ${version} of workspace ${workspaceId} is missing.`);
    const entry = { version, flow: FlowSchema.parse(doc.flow) };
    this.byId.set(id, entry);
    return entry;
  }
}
