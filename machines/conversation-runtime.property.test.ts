import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ConversationActionSchema } from './conversation-actions';
import type { ConversationEvent } from './conversation-events';
import { applyEvent, startConversation } from './conversation-runtime';
import type { ConversationSnapshot } from './conversation-view';
import { defaultFlow } from './default-flow';
import { analyzeCustomerMessage } from './detectors/analyze-customer-message';
import { minutesIn } from './test-support';

/**
 * Random conversations on the default flow. Events are drawn as intents ("an analysis", "a
 * timer", "a claim by agent 2") and made concrete against the current snapshot, so most hit
 * something real (the pending message, a running timer) and some are deliberately stale.
 */
const TEXTS = [
  'How do I reset my password?',
  'I want a human',
  "That didn't help.",
  'This is useless!!!',
  'Can I get a refund?',
  'thanks, that worked',
  'AGENT PLEASE',
];
const AGENTS = [
  { id: 'ada', name: 'Ada Agent' },
  { id: 'bob', name: 'Bob Agent' },
];

const intent = fc.oneof(
  fc.record({ kind: fc.constant('customerMessage' as const), text: fc.constantFrom(...TEXTS) }),
  fc.record({
    kind: fc.constant('analysis' as const),
    fresh: fc.boolean(),
    offline: fc.boolean(),
    frustration: fc.double({ min: 0, max: 1, noNaN: true }),
    asksForHuman: fc.boolean(),
    saysNotHelpful: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('answer' as const), fresh: fc.boolean(), confidence: fc.double({ min: 0, max: 1, noNaN: true }), abstain: fc.boolean() }),
  fc.record({ kind: fc.constant('action' as const), action: fc.constantFrom('talk_to_human', 'rate_answer') }),
  fc.record({ kind: fc.constant('claim' as const), agent: fc.nat(1) }),
  fc.record({ kind: fc.constant('agentMessage' as const), agent: fc.nat(1) }),
  fc.record({ kind: fc.constant('release' as const), agent: fc.nat(1) }),
  fc.record({ kind: fc.constant('transfer' as const), agent: fc.nat(1), to: fc.nat(1) }),
  fc.record({ kind: fc.constant('resolve' as const), by: fc.constantFrom('agent' as const, 'customer' as const, 'system' as const), agent: fc.nat(1) }),
  fc.record({ kind: fc.constant('timer' as const), pick: fc.nat(3), stale: fc.boolean() }),
  fc.record({ kind: fc.constant('email' as const) }),
);
type Intent = typeof intent extends fc.Arbitrary<infer T> ? T : never;

function concrete(intent: Intent, snapshot: ConversationSnapshot, step: number, at: string): ConversationEvent {
  const { context } = snapshot;
  const pending = context.pendingStep?.messageId ?? `m${step}`;
  const agent = (index: number) => AGENTS[index]!;
  switch (intent.kind) {
    case 'customerMessage':
      return { type: 'CUSTOMER_MESSAGE', messageId: `m${step}`, text: intent.text, at };
    case 'analysis': {
      const messageId = intent.fresh ? pending : 'm-old';
      const analysis = intent.offline
        ? analyzeCustomerMessage(context.lastCustomerMessage?.text ?? '', [])
        : {
            asksForHuman: intent.asksForHuman,
            humanRequestScore: intent.asksForHuman ? 0.9 : 0.1,
            frustration: intent.frustration,
            saysNotHelpful: intent.saysNotHelpful,
            signals: [],
          };
      return { type: 'ANALYSIS_READY', messageId, analysis, at };
    }
    case 'answer':
      return { type: 'ANSWER_READY', messageId: intent.fresh ? pending : 'm-old', confidence: intent.confidence, abstain: intent.abstain, at };
    case 'action':
      return { type: 'CUSTOMER_ACTION', action: intent.action, at };
    case 'claim':
      return { type: 'AGENT_CLAIM', agentId: agent(intent.agent).id, agentName: agent(intent.agent).name, at };
    case 'agentMessage':
      return { type: 'AGENT_MESSAGE', agentId: agent(intent.agent).id, messageId: `a${step}`, at };
    case 'release':
      return { type: 'AGENT_RELEASE', agentId: agent(intent.agent).id, at };
    case 'transfer':
      return { type: 'AGENT_TRANSFER', agentId: agent(intent.agent).id, toAgentId: agent(intent.to).id, toAgentName: agent(intent.to).name, at };
    case 'resolve':
      return { type: 'RESOLVE', by: intent.by, ...(intent.by === 'agent' ? { agentId: agent(intent.agent).id } : {}), at };
    case 'timer': {
      const running = Object.values(context.timers);
      const timerId = intent.stale || running.length === 0 ? `sla#${intent.pick}` : running[intent.pick % running.length]!;
      return { type: 'TIMER_FIRED', timerId, at };
    }
    case 'email':
      return { type: 'EMAIL_PROVIDED', email: 'ana@example.com', at };
  }
}

const NODE_IDS = new Set(defaultFlow.nodes.map((node) => node.id));
const KIND_OF = new Map(defaultFlow.nodes.map((node) => [node.id, node.kind]));

describe('random conversations on the default flow', () => {
  test('stay on the graph, keep humanActive assigned, explain every ignored event, and keep timers consistent', () => {
    fc.assert(
      fc.property(
        fc.array(intent, { minLength: 1, maxLength: 40 }),
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 40, maxLength: 40 }),
        (intents, gaps) => {
          let clock = 0;
          let result = startConversation(defaultFlow, { conversationId: 'random', at: minutesIn(0) });
          const started = new Set<string>();
          const finished = new Set<string>();
          const track = (actions: typeof result.actions) => {
            for (const action of actions) {
              ConversationActionSchema.parse(action);
              if (action.type === 'startTimer') {
                assert.ok(!started.has(action.timerId), `timer id ${action.timerId} is reused`);
                started.add(action.timerId);
              }
              if (action.type === 'cancelTimer') {
                assert.ok(started.has(action.timerId) && !finished.has(action.timerId), `cancels ${action.timerId}, which is not running`);
                finished.add(action.timerId);
              }
            }
          };
          track(result.actions);

          intents.forEach((next, index) => {
            clock += gaps[index]!;
            const before = result.snapshot;
            const event = concrete(next, before, index, minutesIn(clock));
            const step = applyEvent(defaultFlow, before, event);

            // Never a state the graph does not have.
            assert.ok(NODE_IDS.has(step.snapshot.value), `unknown state ${step.snapshot.value}`);
            // A person is assigned exactly while a human node holds the conversation.
            const kind = KIND_OF.get(step.snapshot.value);
            assert.equal(step.view.assignee !== null, kind === 'human', `assignee ${JSON.stringify(step.view.assignee)} in ${step.snapshot.value}`);
            if (kind === 'queue') assert.ok(step.view.escalation, 'a queued conversation says why it was escalated');
            // Nothing silently dropped: ignored events say why and change nothing; handled ones leave a trace.
            if (step.ignored) {
              assert.ok(step.ignored.reason.length > 0);
              assert.deepEqual(step.snapshot, before);
              assert.deepEqual(step.actions, []);
            } else {
              const traced = step.transition !== null || step.actions.length > 0 || JSON.stringify(step.snapshot.context) !== JSON.stringify(before.context);
              assert.ok(traced, `${event.type} was accepted but left no trace`);
            }
            if (step.transition) assert.equal(step.transition.from, before.value);
            if (event.type === 'TIMER_FIRED' && !step.ignored) finished.add(event.timerId);
            track(step.actions);
            for (const timerId of Object.values(step.snapshot.context.timers)) {
              assert.ok(started.has(timerId) && !finished.has(timerId), `context lists ${timerId}, which is not running`);
            }
            // JSON in, JSON out, and replaying gives the same step.
            assert.deepEqual(applyEvent(defaultFlow, JSON.parse(JSON.stringify(before)), event), step);
            result = step;
          });
        },
      ),
      { numRuns: 300, includeErrorInReport: true },
    );
  });
});
