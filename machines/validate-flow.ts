import type { z } from 'zod';
import { describeDuplicates, duplicatesWithin } from './duplicate-words';
import { FlowNodeSchema, FlowEdgeSchema, MAX_FLOW_EDGES, MAX_FLOW_NAME, MAX_FLOW_NODES, NODE_KINDS, type FlowEdge, type FlowNode } from './flow-schema';
import { TRIGGERS, TRIGGER_TYPES, isTriggerType, type TriggerType } from './triggers';
import type { TriggerDefinition, TriggerEvent } from './triggers/trigger-definition';

/**
 * Checks a flow an admin drew before it can be published or run. Every issue is a sentence an
 * admin understands and points at the node or edge to fix, so the studio can highlight it.
 */
export interface FlowIssue {
  severity: 'error' | 'warning';
  /** Stable identifier of the kind of problem, for the studio and for tests. */
  code: FlowIssueCode;
  message: string;
  nodeId?: string;
  edgeId?: string;
  /** Where in the flow document, e.g. `edges[3].trigger.params.threshold`. */
  path?: string;
}

export type FlowIssueCode =
  | 'invalid_flow'
  | 'flow_too_large'
  | 'invalid_node'
  | 'invalid_edge'
  | 'duplicate_node_id'
  | 'duplicate_edge_id'
  | 'no_initial_node'
  | 'several_initial_nodes'
  | 'unknown_node'
  | 'unknown_trigger_type'
  | 'invalid_trigger_params'
  | 'trigger_not_possible_here'
  | 'enters_human_without_claim'
  | 'unreachable_node'
  | 'queue_without_human'
  | 'human_without_exit'
  | 'conflicting_edges'
  | 'business_hours_loop'
  | 'message_without_text'
  | 'team_outside_queue'
  | 'ai_without_handoff'
  | 'duplicate_words';

export interface FlowValidation {
  ok: boolean;
  issues: FlowIssue[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * An id or type from the flow JSON as text. Only strings and numbers are shown: `String()` of an
 * object calls its own `toString`, and `{"toString": 1}` makes that throw.
 */
const shown = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : '?');
const nodeName = (node: { id?: unknown; label?: unknown }) =>
  typeof node.label === 'string' && node.label.trim() && node.label !== node.id ? `node "${node.label}" (${shown(node.id)})` : `node "${shown(node.id)}"`;
const edgeName = (edge: { id?: unknown; label?: unknown }) =>
  typeof edge.label === 'string' && edge.label.trim() && edge.label !== edge.id ? `edge "${edge.label}" (${shown(edge.id)})` : `edge "${shown(edge.id)}"`;

const definitionOf = (type: TriggerType): TriggerDefinition => TRIGGERS[type];

/** The triggers judged on the analysis of a customer message, for suggesting one. */
const ANALYSIS_TRIGGERS = TRIGGER_TYPES.filter((type) => TRIGGERS[type].event === 'ANALYSIS_READY');

const EVENT_DESCRIPTIONS: Record<TriggerEvent, string> = {
  ANALYSIS_READY: 'the analysis of a customer message',
  ANSWER_READY: "the AI's answer",
  CUSTOMER_ACTION: 'a widget action',
  TIMER_FIRED: 'a timer',
  AGENT_CLAIM: 'an agent claiming the conversation',
  AGENT_REOPEN: 'an agent reopening the conversation',
  AGENT_RELEASE: 'the agent handing the conversation back',
  RESOLVE: 'the conversation being resolved',
  CUSTOMER_MESSAGE: 'a customer message',
};

export function validateFlow(flow: unknown): FlowValidation {
  const issues: FlowIssue[] = [];
  const error = (issue: Omit<FlowIssue, 'severity'>) => issues.push({ severity: 'error', ...issue });

  if (!isRecord(flow)) {
    error({ code: 'invalid_flow', message: 'A flow must be an object with a version, nodes and edges.' });
    return { ok: false, issues };
  }
  if (typeof flow.version !== 'number' || !Number.isInteger(flow.version) || flow.version < 1) {
    error({ code: 'invalid_flow', path: 'version', message: 'The flow needs a version: a whole number from 1 up.' });
  }
  if (flow.name !== undefined && (typeof flow.name !== 'string' || flow.name.length > MAX_FLOW_NAME)) {
    error({ code: 'invalid_flow', path: 'name', message: `The flow's name must be text of at most ${MAX_FLOW_NAME} characters (or left out).` });
  }
  if (!Array.isArray(flow.nodes)) error({ code: 'invalid_flow', path: 'nodes', message: 'The flow needs a list of nodes.' });
  if (!Array.isArray(flow.edges)) error({ code: 'invalid_flow', path: 'edges', message: 'The flow needs a list of edges (it may be empty).' });
  const rawNodes: unknown[] = Array.isArray(flow.nodes) ? flow.nodes : [];
  const rawEdges: unknown[] = Array.isArray(flow.edges) ? flow.edges : [];
  // The graph checks below grow with nodes × edges: past these sizes the flow is refused unread.
  if (rawNodes.length > MAX_FLOW_NODES || rawEdges.length > MAX_FLOW_EDGES) {
    error({
      code: 'flow_too_large',
      path: rawNodes.length > MAX_FLOW_NODES ? 'nodes' : 'edges',
      message: `The flow has ${rawNodes.length} nodes and ${rawEdges.length} edges; a flow may have at most ${MAX_FLOW_NODES} nodes and ${MAX_FLOW_EDGES} edges, so split it or remove unused parts.`,
    });
    return { ok: false, issues };
  }

  const nodes = new Map<string, FlowNode>();
  rawNodes.forEach((raw, index) => {
    const parsed = FlowNodeSchema.safeParse(raw);
    const id = isRecord(raw) && typeof raw.id === 'string' ? raw.id : undefined;
    const where = isRecord(raw) ? nodeName(raw) : `node #${index + 1}`;
    if (!parsed.success) {
      for (const zodIssue of parsed.error.issues) {
        error({
          code: 'invalid_node',
          ...(id !== undefined ? { nodeId: id } : {}),
          path: pathOf(`nodes[${index}]`, zodIssue.path),
          message: `${capitalise(where)}: ${nodeFieldMessage(zodIssue)}`,
        });
      }
      return;
    }
    if (nodes.has(parsed.data.id)) {
      error({
        code: 'duplicate_node_id',
        nodeId: parsed.data.id,
        path: `nodes[${index}].id`,
        message: `Two nodes share the id "${parsed.data.id}"; give each node its own id.`,
      });
      return;
    }
    nodes.set(parsed.data.id, parsed.data);
  });

  const edges: FlowEdge[] = [];
  const edgeIds = new Set<string>();
  rawEdges.forEach((raw, index) => {
    const edge = checkEdge(raw, index, error);
    if (!edge) return;
    if (edgeIds.has(edge.id)) {
      error({
        code: 'duplicate_edge_id',
        edgeId: edge.id,
        path: `edges[${index}].id`,
        message: `Two edges share the id "${edge.id}"; give each edge its own id.`,
      });
      return;
    }
    edgeIds.add(edge.id);
    let known = true;
    for (const end of ['source', 'target'] as const) {
      if (!nodes.has(edge[end])) {
        known = false;
        error({
          code: 'unknown_node',
          edgeId: edge.id,
          path: `edges[${index}].${end}`,
          message: `${capitalise(edgeName(edge))} ${end === 'source' ? 'starts at' : 'leads to'} node "${edge[end]}", which does not exist.`,
        });
      }
    }
    if (known) edges.push(edge);
  });

  const initials = [...nodes.values()].filter((node) => node.initial);
  if (nodes.size > 0 && initials.length === 0) {
    error({
      code: 'no_initial_node',
      path: 'nodes',
      message: 'No initial node: mark the node where every conversation starts (usually the AI answering node).',
    });
  }
  for (const extra of initials.slice(1)) {
    error({
      code: 'several_initial_nodes',
      nodeId: extra.id,
      message: `${capitalise(nodeName(extra))} is marked initial, but so is ${nodeName(initials[0]!)}; a conversation can only start in one place.`,
    });
  }
  if (nodes.size === 0 && Array.isArray(flow.nodes)) {
    error({ code: 'no_initial_node', path: 'nodes', message: 'The flow has no nodes: add at least the node where conversations start.' });
  }

  checkEdgesFitTheirNodes(nodes, edges, error);
  checkNodeFields(nodes, error);
  checkGraph(nodes, edges, initials[0], issues);
  checkConflicts(nodes, edges, error);
  for (const type of TRIGGER_TYPES) {
    const ofType = edges.filter((edge) => edge.trigger.type === type);
    if (ofType.length === 0) continue;
    definitionOf(type).placement.checkEdges?.(ofType, (issue) => error(issue), edgeName);
  }
  checkRepeatedWords(edges, issues);

  return { ok: !issues.some((issue) => issue.severity === 'error'), issues };
}

/** A word listed twice (in any letter case) changes nothing the flow does, so it is a warning: the admin meant something else, or nothing. */
function checkRepeatedWords(edges: FlowEdge[], issues: FlowIssue[]) {
  for (const edge of edges) {
    const { fields } = definitionOf(edge.trigger.type).form;
    const params = edge.trigger.params as Record<string, unknown>;
    for (const [name, field] of Object.entries(fields)) {
      const words = params[name];
      if (field.input !== 'words' || !Array.isArray(words)) continue;
      const duplicates = duplicatesWithin(words as string[]);
      if (!duplicates.length) continue;
      issues.push({
        severity: 'warning',
        code: 'duplicate_words',
        edgeId: edge.id,
        message: `${capitalise(edgeName(edge))}: ${describeDuplicates(duplicates, field.item ?? 'word')} Remove the copy.`,
      });
    }
  }
}

function checkEdge(raw: unknown, index: number, error: (issue: Omit<FlowIssue, 'severity'>) => void): FlowEdge | null {
  if (!isRecord(raw)) {
    error({ code: 'invalid_edge', path: `edges[${index}]`, message: `Edge #${index + 1} must be an object.` });
    return null;
  }
  const id = typeof raw.id === 'string' ? raw.id : undefined;
  const where = capitalise(edgeName(raw));
  const at = (path: string) => ({ ...(id !== undefined ? { edgeId: id } : {}), path: `edges[${index}]${path}` });
  const trigger = isRecord(raw.trigger) ? raw.trigger : undefined;
  if (!trigger) {
    error({ code: 'invalid_edge', ...at('.trigger'), message: `${where} needs a trigger: what makes the conversation move along it.` });
    return null;
  }
  if (!isTriggerType(trigger.type)) {
    error({
      code: 'unknown_trigger_type',
      ...at('.trigger.type'),
      message: `${where} has an unknown trigger type "${shown(trigger.type)}". Use one of: ${TRIGGER_TYPES.join(', ')}.`,
    });
    return null;
  }
  const params = definitionOf(trigger.type).params.safeParse(trigger.params ?? {});
  let valid = true;
  if (!params.success) {
    valid = false;
    for (const zodIssue of params.error.issues) {
      const message =
        zodIssue.code === 'unrecognized_keys'
          ? `unknown parameter ${zodIssue.keys.map((key) => `"${key}"`).join(', ')} for a ${trigger.type} trigger`
          : zodIssue.code === 'invalid_type' && zodIssue.input === undefined
            ? `the ${trigger.type} trigger needs "${zodIssue.path.join('.')}"`
            : paramMessage(zodIssue);
      error({ code: 'invalid_trigger_params', ...at(pathOf('.trigger.params', zodIssue.path)), message: `${where}: ${message}.` });
    }
  }
  const parsed = FlowEdgeSchema.safeParse({ ...raw, trigger: { type: trigger.type, params: params.success ? params.data : {} } });
  if (!parsed.success) {
    for (const zodIssue of parsed.error.issues) {
      if (zodIssue.path[0] === 'trigger') continue;
      valid = false;
      error({ code: 'invalid_edge', ...at(pathOf('', zodIssue.path)), message: `${where}: ${edgeFieldMessage(zodIssue)}.` });
    }
  }
  return valid && parsed.success ? parsed.data : null;
}

function checkEdgesFitTheirNodes(nodes: Map<string, FlowNode>, edges: FlowEdge[], error: (issue: Omit<FlowIssue, 'severity'>) => void) {
  for (const edge of edges) {
    const source = nodes.get(edge.source)!;
    const target = nodes.get(edge.target)!;
    const type = edge.trigger.type;
    const misplaced = (why: string) =>
      error({ code: 'trigger_not_possible_here', edgeId: edge.id, message: `${capitalise(edgeName(edge))} can never fire: ${why}.` });

    if (edge.effects?.team !== undefined && target.kind !== 'queue') {
      error({
        code: 'team_outside_queue',
        edgeId: edge.id,
        message: `${capitalise(edgeName(edge))} routes to a team but leads to ${target.kind} ${nodeName(target)}; only edges into a queue node route to a team, so remove the team or point the edge at a queue.`,
      });
    }
    const definition = definitionOf(type);
    for (const why of definition.placement.misplaced?.({ type, source, target, nodeName, analysisTriggers: ANALYSIS_TRIGGERS }) ?? []) misplaced(why);
    if (target.kind === 'human' && source.id !== target.id && !definition.placement.assignsAgent) {
      error({
        code: 'enters_human_without_claim',
        edgeId: edge.id,
        nodeId: target.id,
        message: `${capitalise(edgeName(edge))} leads into human ${nodeName(target)} on ${type}; only an agent claim can put a person in charge (otherwise nobody would be assigned).`,
      });
    }
  }
}

function checkNodeFields(nodes: Map<string, FlowNode>, error: (issue: Omit<FlowIssue, 'severity'>) => void) {
  for (const node of nodes.values()) {
    if (node.kind === 'message' && !node.text?.trim()) {
      error({ code: 'message_without_text', nodeId: node.id, message: `Message ${nodeName(node)} has no text to send the customer.` });
    }
    if (node.team !== undefined && node.kind !== 'queue') {
      error({
        code: 'team_outside_queue',
        nodeId: node.id,
        message: `${capitalise(nodeName(node))} is a ${node.kind} node with a team; only queue nodes route to a team, so remove the team or set it on the queue.`,
      });
    }
  }
}

/** Targets of the edges leaving each node, built once so every walk over the graph is linear. */
function successorsOf(edges: FlowEdge[]): Map<string, string[]> {
  const successors = new Map<string, string[]>();
  for (const edge of edges) {
    const targets = successors.get(edge.source);
    if (targets) targets.push(edge.target);
    else successors.set(edge.source, [edge.target]);
  }
  return successors;
}

/** Nodes reachable from `start`, only passing through nodes `through` accepts (the ends always count). */
function reachableFrom(start: string, successors: Map<string, string[]>, through: (id: string) => boolean = () => true): Set<string> {
  const seen = new Set([start]);
  const queue = [start];
  for (let next = 0; next < queue.length; next++) {
    const current = queue[next]!;
    if (current !== start && !through(current)) continue;
    for (const target of successors.get(current) ?? []) {
      if (!seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return seen;
}

function checkGraph(nodes: Map<string, FlowNode>, edges: FlowEdge[], initial: FlowNode | undefined, issues: FlowIssue[]) {
  const successors = successorsOf(edges);
  if (initial) {
    const reachable = reachableFrom(initial.id, successors);
    for (const node of nodes.values()) {
      if (!reachable.has(node.id)) {
        issues.push({
          severity: 'error',
          code: 'unreachable_node',
          nodeId: node.id,
          message: `${capitalise(nodeName(node))} is unreachable: no path of edges leads to it from ${nodeName(initial)}.`,
        });
      }
    }
  }
  for (const node of nodes.values()) {
    const reachable = reachableFrom(node.id, successors);
    const reaches = (kind: FlowNode['kind']) => [...reachable].some((id) => id !== node.id && nodes.get(id)?.kind === kind);
    // Waiting conversations must be claimable while they wait, not only after going back to the AI.
    const waiting = reachableFrom(node.id, successors, (id) => ['queue', 'message', 'collect_email'].includes(nodes.get(id)?.kind ?? ''));
    if (node.kind === 'queue' && ![...waiting].some((id) => nodes.get(id)?.kind === 'human')) {
      issues.push({
        severity: 'error',
        code: 'queue_without_human',
        nodeId: node.id,
        message: `Queue ${nodeName(node)} has no way to a human: add an agent_claim edge to a human node, or conversations wait forever.`,
      });
    }
    if (node.kind === 'human' && !edges.some((edge) => edge.source === node.id && edge.target !== node.id)) {
      issues.push({
        severity: 'error',
        code: 'human_without_exit',
        nodeId: node.id,
        message: `Human ${nodeName(node)} has no way out: add an agent_release or resolve edge so agents can finish.`,
      });
    }
    if (node.kind === 'ai' && !reaches('queue') && !reaches('human')) {
      issues.push({
        severity: 'warning',
        code: 'ai_without_handoff',
        nodeId: node.id,
        message: `AI ${nodeName(node)} can never hand a conversation to a person; customers who need one will be stuck with the AI.`,
      });
    }
  }
}

/** Edges of one node that react to the same event with the same priority leave their order to chance. */
function checkConflicts(nodes: Map<string, FlowNode>, edges: FlowEdge[], error: (issue: Omit<FlowIssue, 'severity'>) => void) {
  const seen = new Map<string, FlowEdge>();
  for (const edge of edges) {
    const { event, placement } = definitionOf(edge.trigger.type);
    // Edges with their own timers, or for different widget buttons, never race.
    const distinct = placement.raceKey?.(edge.id, edge.trigger.params) ?? '';
    const key = `${edge.source}\u0000${event}\u0000${distinct}\u0000${edge.priority}`;
    const earlier = seen.get(key);
    if (!earlier) {
      seen.set(key, edge);
      continue;
    }
    const what = placement.raceDescription?.(edge.trigger.params) ?? EVENT_DESCRIPTIONS[event];
    error({
      code: 'conflicting_edges',
      edgeId: edge.id,
      nodeId: edge.source,
      message: `${capitalise(edgeName(earlier))} and ${edgeName(edge)} both leave ${nodeName(nodes.get(edge.source)!)} on ${what} with the same priority ${edge.priority}; give them different priorities so the order is clear.`,
    });
  }
}

function pathOf(prefix: string, path: PropertyKey[]): string {
  return path.reduce<string>((joined, part) => (typeof part === 'number' ? `${joined}[${part}]` : `${joined}${joined ? '.' : ''}${String(part)}`), prefix);
}

function nodeFieldMessage(issue: z.core.$ZodIssue): string {
  const field = String(issue.path[0] ?? '');
  if (issue.code === 'too_big') return `${issue.path.map(String).join('.')} is longer than ${String(issue.maximum)} characters`;
  if (field === 'kind') return `kind must be one of ${NODE_KINDS.join(', ')}`;
  if (field === 'id') return issue.code === 'invalid_format' ? 'the id may only contain letters, digits, - and _' : 'every node needs an id';
  if (field === 'label') return 'every node needs a label (text)';
  if (field === 'position') return 'every node needs a canvas position {x, y}';
  return issue.message;
}

function edgeFieldMessage(issue: z.core.$ZodIssue): string {
  const field = String(issue.path[0] ?? '');
  if (issue.code === 'too_big') return `${issue.path.map(String).join('.')} is longer than ${String(issue.maximum)} characters`;
  if (field === 'priority') return 'priority must be a whole number (lower runs first)';
  if (field === 'source' || field === 'target') return `the ${field} must be a node id`;
  if (field === 'id') return 'the id may only contain letters, digits, - and _';
  if (field === 'label') return 'every edge needs a label (text)';
  if (field === 'effects') return `effects: ${issue.message}`;
  return issue.message;
}

function paramMessage(issue: z.core.$ZodIssue): string {
  const field = issue.path.map(String).join('.');
  return field && !issue.message.startsWith(field) ? `${field}: ${issue.message}` : issue.message;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
