import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultFlow } from './default-flow';
import type { Flow } from './flow-schema';
import { flowEdge, flowNode } from './test-support';
import { validateFlow, type FlowIssue, type FlowIssueCode } from './validate-flow';

/** A deep copy of the default flow, changed by `edit`, as an admin's draft would be. */
function draft(edit: (flow: Flow & Record<string, unknown>) => void): unknown {
  const flow = structuredClone(defaultFlow) as Flow & Record<string, unknown>;
  edit(flow);
  return flow;
}
const edgeById = (flow: Flow, id: string) => flow.edges.find((edge) => edge.id === id)!;
const hoursParams = { timezone: 'Europe/Paris', days: [1, 2, 3, 4, 5], open: '09:00', close: '17:00' };

interface ValidationCase {
  problem: string;
  flow: unknown;
  expected: Partial<Omit<FlowIssue, 'message'>> & { code: FlowIssueCode; message: RegExp };
}

const cases: ValidationCase[] = [
  {
    problem: 'a flow that is not an object',
    flow: 'aiAnswering -> awaitingHuman',
    expected: { code: 'invalid_flow', severity: 'error', message: /must be an object with a version, nodes and edges/ },
  },
  {
    problem: 'a missing version',
    flow: draft((flow) => void delete (flow as Record<string, unknown>).version),
    expected: { code: 'invalid_flow', path: 'version', message: /needs a version/ },
  },
  {
    problem: 'a node of an unknown kind',
    flow: draft((flow) => void ((flow.nodes[1] as Record<string, unknown>).kind = 'robot')),
    expected: {
      code: 'invalid_node',
      nodeId: 'awaitingHuman',
      path: 'nodes[1].kind',
      message: /kind must be one of ai, queue, human, resolved, message, collect_email/,
    },
  },
  {
    problem: 'a node id with a dot (XState reads it as a path)',
    flow: draft((flow) => void (flow.nodes[3]!.id = 'resolved.forever')),
    expected: { code: 'invalid_node', nodeId: 'resolved.forever', message: /may only contain letters, digits, - and _/ },
  },
  {
    problem: 'two nodes with the same id',
    flow: draft((flow) => void flow.nodes.push(flowNode('resolved', 'resolved'))),
    expected: { code: 'duplicate_node_id', nodeId: 'resolved', path: 'nodes[4].id', message: /Two nodes share the id "resolved"/ },
  },
  {
    problem: 'two edges with the same id',
    flow: draft((flow) => void flow.edges.push({ ...edgeById(flow, 'claim'), priority: 99 })),
    expected: { code: 'duplicate_edge_id', edgeId: 'claim', message: /Two edges share the id "claim"/ },
  },
  {
    problem: 'no initial node',
    flow: draft((flow) => void delete flow.nodes[0]!.initial),
    expected: { code: 'no_initial_node', message: /No initial node: mark the node where every conversation starts/ },
  },
  {
    problem: 'two initial nodes',
    flow: draft((flow) => void (flow.nodes[1]!.initial = true)),
    expected: {
      code: 'several_initial_nodes',
      nodeId: 'awaitingHuman',
      message: /"Awaiting a human" \(awaitingHuman\) is marked initial, but so is node "AI answering"/,
    },
  },
  {
    problem: 'an edge to a node that does not exist',
    flow: draft((flow) => void (edgeById(flow, 'reopen').target = 'aiAnswring')),
    expected: { code: 'unknown_node', edgeId: 'reopen', path: 'edges[16].target', message: /leads to node "aiAnswring", which does not exist/ },
  },
  {
    problem: 'an unknown trigger type',
    flow: draft((flow) => void ((edgeById(flow, 'frustration').trigger as { type: string }).type = 'telepathy')),
    expected: {
      code: 'unknown_trigger_type',
      edgeId: 'frustration',
      path: 'edges[1].trigger.type',
      message: /unknown trigger type "telepathy"\. Use one of: human_request, no_answer/,
    },
  },
  {
    problem: 'a threshold outside 0..1',
    flow: draft((flow) => void ((edgeById(flow, 'frustration').trigger.params as { threshold: number }).threshold = 1.5)),
    expected: {
      code: 'invalid_trigger_params',
      edgeId: 'frustration',
      path: 'edges[1].trigger.params.threshold',
      message: /"Customer is frustrated" \(frustration\): threshold must be between 0 and 1/,
    },
  },
  {
    problem: 'negative minutes',
    flow: draft((flow) => void ((edgeById(flow, 'sla').trigger.params as { minutes: number }).minutes = -5)),
    expected: { code: 'invalid_trigger_params', edgeId: 'sla', path: 'edges[10].trigger.params.minutes', message: /minutes must be more than 0/ },
  },
  {
    problem: 'a misspelt parameter',
    flow: draft((flow) => void (edgeById(flow, 'no-answer').trigger.params = { treshold: 0.35 } as never)),
    expected: { code: 'invalid_trigger_params', edgeId: 'no-answer', message: /unknown parameter "treshold" for a no_answer trigger/ },
  },
  {
    problem: 'an empty keyword list',
    flow: draft((flow) => void (edgeById(flow, 'watched-keywords').trigger.params = { keywords: [] })),
    expected: { code: 'invalid_trigger_params', edgeId: 'watched-keywords', message: /list at least one keyword/ },
  },
  {
    problem: 'a failed-answer count of zero',
    flow: draft((flow) => void (edgeById(flow, 'failed-answers').trigger.params = { count: 0 })),
    expected: { code: 'invalid_trigger_params', edgeId: 'failed-answers', message: /count must be at least 1/ },
  },
  {
    problem: 'business hours that close before they open',
    flow: draft(
      (flow) => void flow.edges.push(flowEdge('hours', 'awaitingHuman', 'resolved', 'business_hours', { ...hoursParams, open: '18:00' }, { priority: 40 })),
    ),
    expected: { code: 'invalid_trigger_params', edgeId: 'hours', path: 'edges[17].trigger.params.close', message: /close must be later than open/ },
  },
  {
    problem: 'an AI-only trigger leaving a queue',
    flow: draft((flow) => void (edgeById(flow, 'sla').trigger = { type: 'frustration', params: { threshold: 0.7 } })),
    expected: {
      code: 'trigger_not_possible_here',
      edgeId: 'sla',
      message: /can never fire: frustration is judged while the AI answers, but the edge leaves queue node "Awaiting a human"/,
    },
  },
  {
    problem: 'an edge into a human node that is not a claim',
    flow: draft((flow) => void (edgeById(flow, 'watched-keywords').target = 'humanActive')),
    expected: {
      code: 'enters_human_without_claim',
      edgeId: 'watched-keywords',
      nodeId: 'humanActive',
      message: /only an agent claim can put a person in charge/,
    },
  },
  {
    problem: 'an unreachable node',
    flow: draft((flow) => void flow.nodes.push(flowNode('orphan', 'message', { text: 'Hello', label: 'Forgotten note' }))),
    expected: { code: 'unreachable_node', nodeId: 'orphan', message: /"Forgotten note" \(orphan\) is unreachable/ },
  },
  {
    problem: 'a queue with no way to a human',
    flow: draft((flow) => void (flow.edges = flow.edges.filter((edge) => edge.id !== 'claim'))),
    expected: { code: 'queue_without_human', nodeId: 'awaitingHuman', message: /Queue node "Awaiting a human" \(awaitingHuman\) has no way to a human/ },
  },
  {
    problem: 'a human node with no way out',
    flow: draft((flow) => void (flow.edges = flow.edges.filter((edge) => edge.source !== 'humanActive'))),
    expected: { code: 'human_without_exit', nodeId: 'humanActive', message: /has no way out: add an agent_release or resolve edge/ },
  },
  {
    problem: 'two edges of equal priority reacting to the same event',
    flow: draft((flow) => void (edgeById(flow, 'watched-keywords').priority = 20)),
    expected: {
      code: 'conflicting_edges',
      edgeId: 'watched-keywords',
      nodeId: 'aiAnswering',
      message: /"Customer is frustrated" \(frustration\) and edge "Sensitive topic" \(watched-keywords\) both leave .* with the same priority 20/,
    },
  },
  {
    problem: 'a business-hours edge back to its own node',
    flow: draft((flow) => void flow.edges.push(flowEdge('hours', 'awaitingHuman', 'awaitingHuman', 'business_hours', hoursParams, { priority: 40 }))),
    expected: { code: 'business_hours_loop', edgeId: 'hours', message: /leads back to its own node/ },
  },
  {
    problem: 'business-hours edges that could bounce between two nodes',
    flow: draft((flow) => {
      flow.nodes.push(flowNode('away', 'message', { text: 'We are closed.' }));
      flow.edges.push(flowEdge('closing', 'awaitingHuman', 'away', 'business_hours', hoursParams, { priority: 40 }));
      flow.edges.push(flowEdge('opening', 'away', 'awaitingHuman', 'business_hours', { ...hoursParams, when: 'open', close: '18:00' }));
      flow.edges.push(flowEdge('claim-away', 'away', 'humanActive', 'agent_claim', {}, { priority: 20 }));
    }),
    expected: {
      code: 'business_hours_loop',
      message: /"closing" → "opening" form a loop that could bounce forever; give every edge of the loop the same hours/,
    },
  },
  {
    problem: 'a message node without text',
    flow: draft((flow) => {
      flow.nodes.push(flowNode('sorry', 'message', { label: 'Sorry note' }));
      flow.edges.push(flowEdge('late', 'awaitingHuman', 'sorry', 'sla_timeout', { minutes: 15 }, { priority: 50 }));
      flow.edges.push(flowEdge('claim-sorry', 'sorry', 'humanActive', 'agent_claim'));
    }),
    expected: { code: 'message_without_text', nodeId: 'sorry', message: /Message node "Sorry note" \(sorry\) has no text/ },
  },
];

describe('validateFlow', () => {
  test('accepts the default flow', () => {
    assert.deepEqual(validateFlow(defaultFlow), { ok: true, issues: [] });
  });

  for (const { problem, flow, expected } of cases) {
    test(`rejects ${problem}, pointing at what to fix`, () => {
      const result = validateFlow(flow);
      assert.equal(result.ok, false);
      const issue = result.issues.find((candidate) => candidate.code === expected.code && expected.message.test(candidate.message));
      assert.ok(issue, `expected a ${expected.code} issue matching ${expected.message}, got:\n${JSON.stringify(result.issues, null, 2)}`);
      assert.equal(issue.severity, 'error');
      for (const key of ['nodeId', 'edgeId', 'path'] as const) {
        if (expected[key] !== undefined) assert.equal(issue[key], expected[key], `${key} of ${issue.message}`);
      }
    });
  }

  test('warns, without failing, about an AI node that can never reach a person', () => {
    const flow: Flow = {
      version: 1,
      nodes: [flowNode('ai', 'ai', { initial: true, label: 'Bot only' }), flowNode('done', 'resolved')],
      edges: [flowEdge('bye', 'ai', 'done', 'resolve'), flowEdge('again', 'done', 'ai', 'customer_message')],
    };
    const result = validateFlow(flow);
    assert.equal(result.ok, true);
    assert.deepEqual(
      result.issues.map(({ severity, code, nodeId }) => ({ severity, code, nodeId })),
      [{ severity: 'warning', code: 'ai_without_handoff', nodeId: 'ai' }],
    );
  });

  test('warns, without failing, about a keyword listed twice in any letter case', () => {
    const flow = draft((flow) => {
      const edge = flow.edges.find((candidate) => candidate.trigger.type === 'keyword')!;
      edge.trigger.params = { keywords: ['refund', 'lawyer', ' Refund '] };
    });
    const result = validateFlow(flow);
    assert.equal(result.ok, true);
    const issues = result.issues.filter((issue) => issue.code === 'duplicate_words');
    assert.equal(issues.length, 1, JSON.stringify(result.issues));
    assert.equal(issues[0]!.severity, 'warning');
    assert.match(issues[0]!.message, /Duplicate keyword: “Refund” is the same as “refund”\. Remove the copy\./);
  });

  test('accepts the off-hours pattern: a "closed" edge out and an "open" edge back with the same hours', () => {
    const flow = draft((flow) => {
      flow.nodes.push(flowNode('away', 'collect_email'));
      flow.edges.push(flowEdge('closing', 'awaitingHuman', 'away', 'business_hours', hoursParams, { priority: 40 }));
      flow.edges.push(flowEdge('opening', 'away', 'awaitingHuman', 'business_hours', { ...hoursParams, when: 'open' }));
    });
    assert.deepEqual(validateFlow(flow), { ok: true, issues: [] });
  });

  test('lets edges of equal priority coexist when they react to different events', () => {
    const flow = draft((flow) => void (edgeById(flow, 'sla').priority = edgeById(flow, 'claim').priority));
    assert.deepEqual(validateFlow(flow), { ok: true, issues: [] });
  });
});
