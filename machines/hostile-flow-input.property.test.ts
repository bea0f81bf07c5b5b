import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { backtestFlow, type RecordedConversation } from './backtest-flow';
import { ConversationActionSchema } from './conversation-actions';
import { applyEvent, startConversation, type StepResult } from './conversation-runtime';
import { analyzeCustomerMessage } from './detectors/analyze-customer-message';
import { hostileMessage, OBJECT_MEMBER_NAMES } from '../test/support/hostile-text';
import { FLOW_ID_PATTERN, type Flow, type FlowEdge } from './flow-schema';
import { flowEdge, flowNode, minutesIn } from './test-support';
import { validateFlow } from './validate-flow';

/**
 * Admins name nodes, edges, widget actions and keywords; customers press buttons and write. A
 * name that is also a member of every JavaScript object ("constructor", "toString") is an
 * ordinary name to the runtime, the validator and the backtester.
 */
const MEMBER_IDS = OBJECT_MEMBER_NAMES.filter((name) => FLOW_ID_PATTERN.test(name));
const memberId = fc.constantFrom(...MEMBER_IDS);

/** A runnable flow whose every id, action and keyword is an object member's name. */
const memberNamedFlow = fc
  .record({
    ids: fc.uniqueArray(memberId, { minLength: 10, maxLength: 10 }),
    action: fc.constantFrom(...OBJECT_MEMBER_NAMES),
    keywords: fc.array(fc.constantFrom(...OBJECT_MEMBER_NAMES), { minLength: 1, maxLength: 3 }),
    inactivityMinutes: fc.integer({ min: 1, max: 30 }),
  })
  .map(({ ids, action, keywords, inactivityMinutes }): Flow => {
    const [ai, queue, human, done, button, keyword, asked, idle, claim, resolve] = ids as [string, ...string[]];
    const edges: FlowEdge[] = [
      flowEdge(button!, ai, queue!, 'action', { action }, { priority: 90 }),
      flowEdge(keyword!, ai, queue!, 'keyword', { keywords }, { priority: 80 }),
      flowEdge(asked!, ai, queue!, 'human_request', undefined, { priority: 70 }),
      flowEdge(idle!, ai, done!, 'inactivity', { minutes: inactivityMinutes }),
      flowEdge(claim!, queue!, human!, 'agent_claim'),
      flowEdge(resolve!, human!, done!, 'resolve', {}),
      flowEdge(`${resolve}-reopen`, done!, ai, 'customer_message'),
    ];
    return {
      version: 1,
      nodes: [flowNode(ai, 'ai', { initial: true }), flowNode(queue!, 'queue'), flowNode(human!, 'human'), flowNode(done!, 'resolved')],
      edges,
    };
  });

const step = fc.oneof(
  fc.record({ kind: fc.constant('message' as const), text: hostileMessage }),
  fc.record({ kind: fc.constant('action' as const), action: fc.oneof(fc.constantFrom(...OBJECT_MEMBER_NAMES), fc.string({ maxLength: 12 })) }),
  fc.record({ kind: fc.constant('timer' as const), edgeId: memberId, minutes: fc.integer({ min: 0, max: 40 }) }),
  fc.record({ kind: fc.constant('claim' as const) }),
  fc.record({ kind: fc.constant('resolve' as const) }),
);

type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

/** Plays steps the way the workflow does (a message, then its offline analysis), checking every action on the way. */
function play(flow: Flow, steps: Step[]) {
  let clock = 0;
  let result: StepResult = startConversation(flow, { conversationId: 'hostile', at: minutesIn(0) });
  const check = (next: StepResult) => {
    for (const action of next.actions) ConversationActionSchema.parse(action);
    for (const timerId of Object.values(next.snapshot.context.timers)) assert.equal(typeof timerId, 'string');
    result = next;
  };
  check(result);
  let messages = 0;
  for (const next of steps) {
    const at = minutesIn((clock += 1));
    if (next.kind === 'message') {
      const messageId = `m${++messages}`;
      check(applyEvent(flow, result.snapshot, { type: 'CUSTOMER_MESSAGE', messageId, text: next.text, at }));
      if (result.actions.some((action) => action.type === 'analyzeMessage')) {
        check(applyEvent(flow, result.snapshot, { type: 'ANALYSIS_READY', messageId, analysis: analyzeCustomerMessage(next.text), at }));
      }
    } else if (next.kind === 'action') {
      check(applyEvent(flow, result.snapshot, { type: 'CUSTOMER_ACTION', action: next.action, at }));
    } else if (next.kind === 'timer') {
      // A timer for an edge that may have none running: the id is the admin's edge id, never a prototype member.
      check(applyEvent(flow, result.snapshot, { type: 'TIMER_FIRED', timerId: `${next.edgeId}#1`, at: minutesIn((clock += next.minutes)) }));
    } else if (next.kind === 'claim') {
      check(applyEvent(flow, result.snapshot, { type: 'AGENT_CLAIM', agentId: 'ada', agentName: 'Ada', at }));
    } else {
      check(applyEvent(flow, result.snapshot, { type: 'RESOLVE', by: 'agent', agentId: 'ada', at }));
    }
  }
  return result;
}

/** JSON values with the shapes that break naive code: members as keys, a non-callable toString, no prototype at all. */
const hostileJson = fc.oneof(
  fc.constantFrom(...OBJECT_MEMBER_NAMES),
  fc.constantFrom({ toString: 1 }, { valueOf: 1, toString: 1 }, JSON.parse('{"__proto__": {"id": "x"}}'), Object.create(null), { constructor: 'x' }),
  fc.jsonValue({ maxDepth: 2 }),
);

describe('flows and conversations named with object members', () => {
  test('a flow whose ids, actions and keywords are object member names validates, runs and escalates like any other', () => {
    fc.assert(
      fc.property(memberNamedFlow, fc.array(step, { maxLength: 25 }), (flow, steps) => {
        const validation = validateFlow(flow);
        assert.ok(validation.ok, JSON.stringify(validation.issues));
        play(flow, steps);
        // The admin's button, by its own name, still escalates from the start.
        const action = flow.edges.find((edge) => edge.trigger.type === 'action')!;
        const pressed = play(flow, [{ kind: 'action', action: (action.trigger.params as { action: string }).action }]);
        assert.equal(pressed.snapshot.value, action.target);
        // So do a request for a person and a watched keyword, whatever the edges are called.
        const asked = flow.edges.find((edge) => edge.trigger.type === 'human_request')!;
        assert.equal(play(flow, [{ kind: 'message', text: 'I need a human constructor' }]).snapshot.value, asked.target);
        const keyword = (flow.edges.find((edge) => edge.trigger.type === 'keyword')!.trigger.params as { keywords: string[] }).keywords[0]!;
        assert.equal(play(flow, [{ kind: 'message', text: `my ${keyword} question` }]).snapshot.value, asked.target);
      }),
      { numRuns: 150 },
    );
  });

  test('validating a flow of hostile JSON never throws: every problem is an issue', () => {
    const edge = fc.record({
      id: hostileJson,
      source: hostileJson,
      target: hostileJson,
      label: hostileJson,
      priority: hostileJson,
      trigger: fc.oneof(hostileJson, fc.record({ type: hostileJson, params: hostileJson })),
    });
    const node = fc.record({ id: hostileJson, kind: hostileJson, label: hostileJson, position: hostileJson, initial: hostileJson });
    fc.assert(
      fc.property(
        fc.record({
          version: hostileJson,
          nodes: fc.oneof(hostileJson, fc.array(node, { maxLength: 4 })),
          edges: fc.oneof(hostileJson, fc.array(edge, { maxLength: 4 })),
        }),
        (flow) => {
          const validation = validateFlow(flow);
          assert.equal(typeof validation.ok, 'boolean');
          for (const issue of validation.issues) assert.equal(typeof issue.message, 'string');
        },
      ),
      { numRuns: 400 },
    );
  });

  test('a backtest over recorded hostile messages and actions never throws', () => {
    const turn = fc.oneof(
      hostileMessage.map((text) => ({ kind: 'message' as const, text, analysis: null, answer: null })),
      fc.constantFrom(...OBJECT_MEMBER_NAMES).map((action) => ({ kind: 'action' as const, action })),
    );
    fc.assert(
      fc.property(memberNamedFlow, fc.array(fc.array(turn, { maxLength: 6 }), { minLength: 1, maxLength: 4 }), (flow, recorded) => {
        const conversations: RecordedConversation[] = recorded.map((turns, index) => ({
          conversationId: `c${index}`,
          turns: turns.map(
            (turn, position) =>
              ({
                ...turn,
                ...(turn.kind === 'message' ? { messageId: `m${position}` } : {}),
                at: minutesIn(position),
              }) as RecordedConversation['turns'][number],
          ),
          actual: null,
          outcome: { humanInvolved: false, stayedResolved: false },
        }));
        const report = backtestFlow(flow, conversations);
        assert.equal(report.rows.length, conversations.length);
      }),
      { numRuns: 60 },
    );
  });
});
