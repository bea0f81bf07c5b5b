import type { Flow } from '../../../machines';
import { MAX_FLOW_EDGES, MAX_FLOW_NODES } from '../../../machines/flow-schema';
import { deepArray, deepObject, hostileStrings, PROTOTYPE_NAMES, randomJson } from './hostile-values';
import type { Random } from './seeded-random';

const TRIGGER_TYPES = [
  'human_request',
  'no_answer',
  'frustration',
  'failed_answers',
  'turns',
  'keyword',
  'action',
  'sla_timeout',
  'inactivity',
  'business_hours',
  'agent_claim',
  'agent_release',
  'agent_reopen',
  'resolve',
  'customer_message',
];

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const setOwn = (target: Record<string, unknown>, key: string, value: unknown) =>
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });

/** A chain of `count` AI nodes (valid but large): what a flow validator must bound. */
export function chainFlow(count: number): Record<string, unknown> {
  const nodes = Array.from({ length: count }, (_, index) => ({
    id: `n${index}`,
    kind: 'ai',
    label: `Step ${index}`,
    position: { x: index, y: 0 },
    initial: index === 0,
  }));
  const edges = Array.from({ length: count - 1 }, (_, index) => ({
    id: `e${index}`,
    source: `n${index}`,
    target: `n${index + 1}`,
    trigger: { type: 'turns', params: { count: 1 + (index % 50) } },
    priority: index,
    label: `Edge ${index}`,
  }));
  return { version: 1, name: 'chain', nodes, edges };
}

/**
 * `layers` pairs of queue nodes, each pair joined to the next by business-hours edges: no loop,
 * but 2^layers paths, which a loop search that remembers nothing walks one by one.
 */
export function businessHoursLadder(layers: number): Record<string, unknown> {
  const hours = { when: 'closed', timezone: 'UTC', days: [1, 2, 3, 4, 5], open: '09:00', close: '17:00' };
  const nodes = Array.from({ length: layers * 2 }, (_, index) => ({
    id: `q${index}`,
    kind: 'queue',
    label: `Queue ${index}`,
    position: { x: index, y: 0 },
    initial: index === 0,
  }));
  const edges = Array.from({ length: layers - 1 }, (_, layer) =>
    [0, 1].flatMap((from) =>
      [0, 1].map((to) => ({
        id: `h${layer}_${from}${to}`,
        source: `q${layer * 2 + from}`,
        target: `q${(layer + 1) * 2 + to}`,
        trigger: { type: 'business_hours', params: hours },
        priority: to,
        label: `Hours ${layer}`,
      })),
    ),
  ).flat();
  return { version: 1, nodes, edges };
}

/**
 * `edges` business-hours edges out of one queue node to the others, every other one turned back:
 * the widest shape the loop check meets, at the size limits when called with them.
 */
export function businessHoursStar(nodeCount: number, edgeCount: number): Record<string, unknown> {
  const hours = { when: 'closed', timezone: 'UTC', days: [1, 2, 3, 4, 5], open: '09:00', close: '17:00' };
  const nodes = Array.from({ length: nodeCount }, (_, index) => ({
    id: `q${index}`,
    kind: 'queue',
    label: `Queue ${index}`,
    position: { x: index, y: 0 },
    initial: index === 0,
  }));
  const edges = Array.from({ length: edgeCount }, (_, index) => {
    const spoke = `q${1 + (index % (nodeCount - 1))}`;
    return {
      id: `s${index}`,
      source: index % 2 ? spoke : 'q0',
      target: index % 2 ? 'q0' : spoke,
      trigger: { type: 'business_hours', params: hours },
      priority: index,
      label: `Hours ${index}`,
    };
  });
  return { version: 1, nodes, edges };
}

/** A flow document derived from a real one with a few hostile edits, or something else entirely. */
export function hostileFlow(random: Random, base: Flow): unknown {
  const roll = random.int(100);
  if (roll < 3) return chainFlow(random.pick([600, 2000]));
  if (roll < 5) return random.chance(0.5) ? businessHoursLadder(random.pick([20, 40])) : businessHoursStar(MAX_FLOW_NODES, MAX_FLOW_EDGES);
  if (roll < 8) return random.pick([deepArray(3000), deepObject(3000), deepObject(40, '$set')]);
  if (roll < 12) return randomJson(random);
  if (roll < 15) return { version: 1, nodes: Array.from({ length: 20_000 }, () => 0), edges: [] };
  const flow = clone(base) as unknown as Record<string, unknown> & { nodes: Record<string, unknown>[]; edges: Record<string, unknown>[] };
  if (roll < 30) return flow;
  for (let edits = 1 + random.int(3); edits > 0; edits--) {
    const node = flow.nodes.length ? random.pick(flow.nodes) : undefined;
    const edge = flow.edges.length ? random.pick(flow.edges) : undefined;
    const text = random.pick(hostileStrings().filter((value) => value.length < 5000));
    switch (random.int(14)) {
      case 0:
        flow.nodes.splice(random.int(flow.nodes.length), 1);
        break;
      case 1:
        flow.edges.splice(random.int(flow.edges.length), 1);
        break;
      case 2:
        if (node) flow.nodes.push(clone(node));
        break;
      case 3:
        if (node) node[random.pick(['id', 'kind', 'label', 'text', 'position', 'initial'])] = random.pick([text, null, 12, [], {}, true]);
        break;
      case 4:
        if (edge) edge[random.pick(['id', 'source', 'target', 'priority', 'label', 'effects'])] = random.pick([text, null, -1, 1.5, 1e308, [], {}]);
        break;
      case 5:
        if (edge) edge.trigger = { type: random.pick([...TRIGGER_TYPES, text]), params: randomJson(random) };
        break;
      case 6:
        if (edge)
          (edge.trigger as Record<string, unknown>).params = random.pick([
            { threshold: random.pick([-1, 2, 'x', 1e308]) },
            { count: random.pick([0, -5, 1e9, 1.5]) },
            { minutes: random.pick([0, 1e12, -1]) },
            { keywords: Array.from({ length: 5000 }, (_, index) => `word${index}`) },
            { action: random.pick(PROTOTYPE_NAMES) },
            { timezone: text, days: [0, 8], open: '25:00', close: text },
          ]);
        break;
      case 7:
        setOwn(flow, random.pick(['__proto__', 'constructor', '$set', 'a.b', 'prototype']), randomJson(random));
        break;
      case 8:
        flow.name = random.pick([123, null, [], { $gt: '' }, text]);
        break;
      case 9:
        flow.version = random.pick([0, -1, 1.5, 'one', 1e308, null]);
        break;
      case 10:
        flow[random.pick(['nodes', 'edges'])] = random.pick([null, {}, 'nodes', 5, [null], [[]]]);
        return flow;
      case 11:
        if (node) setOwn(node, random.pick(['__proto__', 'constructor', 'toString', '$where', 'x.y']), randomJson(random));
        break;
      case 12:
        if (edge) edge.effects = random.pick([{ priority: 'urgent' }, { customerMessage: text }, { agentMessage: '' }, { unknown: 1 }, randomJson(random)]);
        break;
      default:
        if (node && edge) edge[random.pick(['source', 'target'])] = node.id;
    }
  }
  return flow;
}
