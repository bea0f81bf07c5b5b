import { z } from 'zod';
import { TRIGGERS, TRIGGER_TYPES, type TriggerType } from './triggers';
import { PRIORITIES } from './triggers/trigger-params';

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
    .max(100)
    .regex(FLOW_ID_PATTERN, { error: `${what} id may only contain letters, digits, - and _ (and must not start with - or _)` });

/**
 * Sizes a flow stays within: far above any drawn flow, and low enough that checking one
 * (every node's reachability over every edge) stays a matter of milliseconds.
 */
export const MAX_FLOW_NODES = 200;
export const MAX_FLOW_EDGES = 600;
export const MAX_FLOW_NAME = 200;
const MAX_LABEL = 200;
const MAX_CLOSE_RESOLVED_AFTER_MINUTES = 525_600;
/** What a node or an edge says to the customer or the agent, as long as a message may be. */
const MAX_FLOW_TEXT = 4000;
export const MAX_TEAM_ID = 100;
/** A team's id; the API checks that the workspace has it, the flow only that it looks like one. */
const teamId = z
  .string({ error: 'team must be a team id (text)' })
  .min(1, { error: 'team cannot be empty; leave it out for anyone' })
  .max(MAX_TEAM_ID, { error: `team must be at most ${MAX_TEAM_ID} characters` });

export const FlowNodeSchema = z.object({
  id: flowId('node'),
  kind: z.enum(NODE_KINDS),
  label: z.string().max(MAX_LABEL),
  position: z.object({ x: z.number(), y: z.number() }),
  /** Exactly one node of a flow is where every conversation starts. */
  initial: z.boolean().optional(),
  /** What a `message` or `collect_email` node says to the customer on entry. */
  text: z.string().max(MAX_FLOW_TEXT).optional(),
  /** For a `queue` node: the team (its id) whose agents take the conversations waiting there; absent means anyone. */
  team: teamId.optional(),
});
export type FlowNode = z.infer<typeof FlowNodeSchema>;

/** One trigger on an edge: its type and that type's parameters. */
export type FlowTrigger = { [T in TriggerType]: { type: T; params: z.output<(typeof TRIGGERS)[T]['params']> } }[TriggerType];

const triggerOf = (type: TriggerType) => z.object({ type: z.literal(type), params: TRIGGERS[type].params });

// Built from the registry, so zod cannot spell out the union; FlowTrigger says what it parses to.
export const FlowTriggerSchema = z.discriminatedUnion(
  'type',
  TRIGGER_TYPES.map(triggerOf) as [ReturnType<typeof triggerOf>, ...ReturnType<typeof triggerOf>[]],
) as unknown as z.ZodType<FlowTrigger>;

/** Side effects an admin can attach to any edge, on top of what its trigger does anyway. */
export const EdgeEffectsSchema = z.strictObject({
  priority: z.enum(PRIORITIES).optional(),
  customerMessage: z.string().min(1).max(MAX_FLOW_TEXT).optional(),
  agentMessage: z.string().min(1).max(MAX_FLOW_TEXT).optional(),
  /** For an edge into a queue node: the team it routes to, over the queue's own. */
  team: teamId.optional(),
});
export type EdgeEffects = z.infer<typeof EdgeEffectsSchema>;

export const FlowEdgeSchema = z.object({
  id: flowId('edge'),
  source: z.string(),
  target: z.string(),
  trigger: FlowTriggerSchema,
  /** Order of evaluation among the edges leaving the same node: lower runs first. */
  priority: z.number().int({ error: 'priority must be a whole number' }),
  label: z.string().max(MAX_LABEL),
  effects: EdgeEffectsSchema.optional(),
});
export type FlowEdge = z.infer<typeof FlowEdgeSchema>;

export const FlowSchema = z.object({
  version: z.number().int().min(1, { error: 'version must be a whole number from 1 up' }),
  name: z.string().max(MAX_FLOW_NAME).optional(),
  nodes: z.array(FlowNodeSchema).max(MAX_FLOW_NODES),
  edges: z.array(FlowEdgeSchema).max(MAX_FLOW_EDGES),
  /**
   * How long a resolved conversation's workflow waits for the customer to write again before it ends (a later
   * message starts a new run); absent, 7 days. Fractions allowed; at most a year.
   */
  closeResolvedAfterMinutes: z
    .number({ error: 'closeResolvedAfterMinutes must be a number of minutes' })
    .positive({ error: 'closeResolvedAfterMinutes must be more than 0' })
    .max(MAX_CLOSE_RESOLVED_AFTER_MINUTES, { error: 'closeResolvedAfterMinutes must be at most 525600 (a year)' })
    .optional(),
});
export type Flow = z.infer<typeof FlowSchema>;

/** The conversation status the inbox and the GraphQL API show for each kind of node. */
export type ConversationStatus = 'AI_ANSWERING' | 'AWAITING_HUMAN' | 'HUMAN_ACTIVE' | 'RESOLVED';
