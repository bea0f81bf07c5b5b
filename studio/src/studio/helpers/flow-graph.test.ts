import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { defaultFlow, validateFlow } from '../../../../machines';
import { defaultTriggerFor, flowLogicKey, flowMeta, flowSaveKey, flowToGraph, graphToFlow, uniqueId } from './flow-graph';

describe('flow documents as React Flow graphs', () => {
  test('the default flow survives the round trip to a graph and back unchanged', () => {
    const { nodes, edges } = flowToGraph(defaultFlow);
    assert.deepEqual(graphToFlow({ version: defaultFlow.version, name: defaultFlow.name! }, nodes, edges), defaultFlow);
    assert.ok(edges.every((edge) => edge.type === 'trigger' && edge.data?.trigger));
  });

  test("a flow's own settings, such as how long a resolved conversation stays open, survive the round trip", () => {
    const flow = { ...defaultFlow, closeResolvedAfterMinutes: 1440 };
    const { nodes, edges } = flowToGraph(flow);
    assert.deepEqual(graphToFlow(flowMeta(flow), nodes, edges), flow);
  });

  test('teams on queues and on edges into them survive the round trip; a state no longer a queue leaves its team behind', () => {
    const flow = structuredClone(defaultFlow);
    flow.nodes = flow.nodes.map((node) => (node.id === 'awaitingHuman' ? { ...node, team: 'team-billing' } : node));
    flow.edges = flow.edges.map((edge) => (edge.id === 'watched-keywords' ? { ...edge, effects: { team: 'team-legal', priority: 'high' } } : edge));
    const { nodes, edges } = flowToGraph(flow);
    assert.deepEqual(graphToFlow(flowMeta(flow), nodes, edges), flow);
    assert.equal(validateFlow(flow).ok, true);

    const asHuman = nodes.map((node) => (node.id === 'awaitingHuman' ? { ...node, data: { ...node.data, kind: 'human' as const } } : node));
    assert.equal(graphToFlow(flowMeta(flow), asHuman, edges).nodes.find((node) => node.id === 'awaitingHuman')!.team, undefined);
  });

  test('moving a state changes the document but not what the flow means', () => {
    const { nodes, edges } = flowToGraph(defaultFlow);
    const moved = nodes.map((node, index) => (index === 0 ? { ...node, position: { x: 999, y: 999 } } : node));
    const flow = graphToFlow({ version: 1 }, moved, edges);
    assert.equal(flow.nodes[0]!.position.x, 999);
    assert.equal(flowLogicKey(flow), flowLogicKey(graphToFlow({ version: 1 }, nodes, edges)));
  });

  test('a new edge gets a trigger its states can use, and a fresh id', () => {
    assert.equal(defaultTriggerFor('queue', 'human').type, 'agent_claim');
    assert.equal(defaultTriggerFor('ai', 'queue').type, 'human_request');
    assert.equal(defaultTriggerFor('human', 'resolved').type, 'resolve');
    assert.equal(defaultTriggerFor('human', 'ai').type, 'agent_release');
    assert.equal(defaultTriggerFor('human', 'queue').type, 'agent_release');
    assert.equal(uniqueId('keyword', ['keyword', 'keyword-2']), 'keyword-3');
    const flow = structuredClone(defaultFlow);
    flow.edges.push({
      id: uniqueId(
        'agent-claim',
        flow.edges.map((edge) => edge.id),
      ),
      source: 'awaitingHuman',
      target: 'humanActive',
      trigger: defaultTriggerFor('queue', 'human'),
      priority: 40,
      label: 'claim again',
    });
    assert.equal(validateFlow(flow).ok, true);
  });

  test('the save key changes when a state moves or a trigger changes, not when publishing numbers the version', () => {
    const saved = flowSaveKey(defaultFlow);
    assert.equal(flowSaveKey({ ...defaultFlow, version: defaultFlow.version + 1 }), saved);
    const moved = structuredClone(defaultFlow);
    moved.nodes[0]!.position.x += 40;
    assert.notEqual(flowSaveKey(moved), saved);
    const retuned = structuredClone(defaultFlow);
    retuned.edges[0]!.priority += 1;
    assert.notEqual(flowSaveKey(retuned), saved);
  });
});
