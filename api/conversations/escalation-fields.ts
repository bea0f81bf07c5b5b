import { z } from 'zod';
import type { ConversationDoc } from '../../store/documents';
import type { BatonContext } from '../context';
import type { Escalation, EscalationResolvers } from '../schema/generated/resolvers-types';
import { escalationReasonText } from './escalation-wording';

/**
 * The escalation as the conversation's read model hands it over. The conversation's workspace and
 * flow version ride along when the read model provides them; without a flow version the label
 * cannot be looked up and the edge's id stands in.
 */
export type EscalationParent = Escalation & { workspaceId?: string; flowVersion?: number };

/** The conversation's escalation as the read model hands it over, with what Escalation.triggerLabel needs to find the label. */
export function escalationResult(doc: Pick<ConversationDoc, 'escalation' | 'workspaceId' | 'flowVersion'>): EscalationParent | null {
  if (!doc.escalation) return null;
  return {
    reason: doc.escalation.reason,
    reasonText: escalationReasonText(doc.escalation.reason),
    trigger: doc.escalation.trigger,
    triggerLabel: doc.escalation.trigger,
    summary: doc.escalation.summary ?? null,
    at: doc.escalation.at.toISOString(),
    workspaceId: doc.workspaceId,
    flowVersion: doc.flowVersion,
  };
}

/** Only the edges' ids and labels are read from a stored flow; anything else in it is ignored. */
const StoredEdges = z.object({
  edges: z.array(z.object({ id: z.string(), label: z.string().optional() }).loose()).catch([]),
});

/** Edge labels by flow version, for one request: an inbox page of escalations reads each version once. */
const labelsByRequest = new WeakMap<object, Map<string, Promise<Map<string, string>>>>();

function edgeLabels(context: BatonContext, workspaceId: string, version: number): Promise<Map<string, string>> {
  let versions = labelsByRequest.get(context);
  if (!versions) {
    versions = new Map();
    labelsByRequest.set(context, versions);
  }
  const key = `${workspaceId}:${version}`;
  let labels = versions.get(key);
  if (!labels) {
    labels = context.db.flows.findOne({ workspaceId, version }, { projection: { 'flow.edges': 1 } }).then((doc) => {
      const parsed = StoredEdges.safeParse(doc?.flow ?? {});
      const edges = parsed.success ? parsed.data.edges : [];
      return new Map(edges.filter((edge) => edge.label && edge.label.trim()).map((edge) => [edge.id, edge.label!.trim()]));
    });
    versions.set(key, labels);
  }
  return labels;
}

/** The label the admin gave the fired edge in the conversation's flow version, or the edge's id when it has none. */
export async function triggerLabelOf(escalation: EscalationParent, context: BatonContext): Promise<string> {
  // Agents and widgets only ever read conversations of their own workspace.
  const workspaceId = escalation.workspaceId ?? context.principal?.workspaceId;
  if (!workspaceId || escalation.flowVersion == null) return escalation.trigger;
  try {
    return (await edgeLabels(context, workspaceId, escalation.flowVersion)).get(escalation.trigger) ?? escalation.trigger;
  } catch {
    // A label is a nicety: an unreadable flow leaves the edge's id rather than failing the inbox.
    return escalation.trigger;
  }
}

/** Escalation fields read from elsewhere than the conversation document. */
export const escalationFields: Pick<EscalationResolvers, 'triggerLabel'> = {
  triggerLabel: (escalation, _args, context) => triggerLabelOf(escalation as EscalationParent, context),
};
