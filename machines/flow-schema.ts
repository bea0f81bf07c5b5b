import { z } from 'zod';
import { PRIORITIES, TRIGGER_PARAM_SCHEMAS, type TriggerType } from './trigger-types';

export const NODE_KINDS = ['ai', 'queue', 'human', 'resolved', 'message', 'collect_email'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/**
 * Node and edge ids become XState state keys and timer ids, where `.` and `#` have meanings
 * of their own, so ids stay plain.
 */
export const FLOW_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const flowId = (what: string) =>
  z
    .string({ error: `${what} id must be text` })
    .regex(FLOW_ID_PATTERN, { error: `${what} id may only contain letters, digits, - and _ (and must not start with - or _)` });

export const FlowNodeSchema = z.object({
  id: flowId('node'),
  kind: z.enum(NODE_KINDS),
  label: z.string(),
  position: z.object({ x: z.number(), y: z.number() }),
  /** Exactly one node of a flow is where every conversation starts. */
  initial: z.boolean().optional(),
  /** What a `message` or `collect_email` node says to the customer on entry. */
  text: z.string().optional(),
});
export type FlowNode = z.infer<typeof FlowNodeSchema>;

const triggerOf = <T extends TriggerType>(type: T) =>
  z.object({ type: z.literal(type), params: TRIGGER_PARAM_SCHEMAS[type] });

export const FlowTriggerSchema = z.discriminatedUnion('type', [
  triggerOf('human_request'),
  triggerOf('no_answer'),
  triggerOf('frustration'),
  triggerOf('failed_answers'),
  triggerOf('turns'),
  triggerOf('keyword'),
  triggerOf('action'),
  triggerOf('sla_timeout'),
  triggerOf('inactivity'),
  triggerOf('business_hours'),
  triggerOf('agent_claim'),
  triggerOf('agent_release'),
  triggerOf('agent_reopen'),
  triggerOf('resolve'),
  triggerOf('customer_message'),
]);
export type FlowTrigger = z.infer<typeof FlowTriggerSchema>;

/** Side effects an admin can attach to any edge, on top of what its trigger does anyway. */
export const EdgeEffectsSchema = z.strictObject({
  priority: z.enum(PRIORITIES).optional(),
  customerMessage: z.string().min(1).optional(),
  agentMessage: z.string().min(1).optional(),
});
export type EdgeEffects = z.infer<typeof EdgeEffectsSchema>;

export const FlowEdgeSchema = z.object({
  id: flowId('edge'),
  source: z.string(),
  target: z.string(),
  trigger: FlowTriggerSchema,
  /** Order of evaluation among the edges leaving the same node: lower runs first. */
  priority: z.number().int({ error: 'priority must be a whole number' }),
  label: z.string(),
  effects: EdgeEffectsSchema.optional(),
});
export type FlowEdge = z.infer<typeof FlowEdgeSchema>;

export const FlowSchema = z.object({
  version: z.number().int().min(1, { error: 'version must be a whole number from 1 up' }),
  name: z.string().optional(),
  nodes: z.array(FlowNodeSchema),
  edges: z.array(FlowEdgeSchema),
});
export type Flow = z.infer<typeof FlowSchema>;

/** The conversation status the inbox and the GraphQL API show for each kind of node. */
export type ConversationStatus = 'AI_ANSWERING' | 'AWAITING_HUMAN' | 'HUMAN_ACTIVE' | 'RESOLVED';
