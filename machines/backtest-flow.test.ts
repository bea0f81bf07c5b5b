import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { backtestFlow, type RecordedConversation } from './backtest-flow';
import { defaultFlow } from './default-flow';
import type { Flow } from './flow-schema';
import type { MessageAnalysis } from './message-analysis';

const calm: MessageAnalysis = { asksForHuman: false, humanRequestScore: 0, frustration: 0.1, saysNotHelpful: false, signals: [] };
const at = (minute: number) => new Date(Date.UTC(2026, 10, 2, 10, minute)).toISOString();

function conversation(id: string, frustration: number, escalated: boolean): RecordedConversation {
  return {
    conversationId: id,
    turns: [
      { kind: 'message', messageId: `${id}-1`, text: 'How do I export my data?', at: at(0), analysis: calm, answer: { confidence: 0.9, abstain: false } },
      {
        kind: 'message',
        messageId: `${id}-2`,
        text: 'This still does not work for me',
        at: at(1),
        analysis: { ...calm, frustration },
        answer: escalated ? null : { confidence: 0.8, abstain: false },
      },
    ],
    actual: escalated ? { turn: 1, reason: 'frustration', triggerId: 'frustration' } : null,
    outcome: { humanInvolved: escalated, stayedResolved: true },
  };
}

function withFrustrationThreshold(threshold: number): Flow {
  const flow = structuredClone(defaultFlow);
  const edge = flow.edges.find((candidate) => candidate.trigger.type === 'frustration')!;
  (edge.trigger.params as { threshold: number }).threshold = threshold;
  return flow;
}

describe('backtesting a flow on recorded conversations', () => {
  const history = [conversation('a', 0.75, true), conversation('b', 0.9, true), conversation('c', 0.97, true), conversation('d', 0.2, false)];

  test('the flow that ran reproduces what happened', () => {
    const report = backtestFlow(defaultFlow, history);
    assert.deepEqual(report.changed, []);
    assert.equal(report.before.automationRate, 0.25);
    assert.deepEqual(report.before.escalationsByTrigger, { frustration: 3 });
  });

  test('raising the frustration threshold from 0.7 to 0.95 reports exactly the conversations between those scores as would not escalate', () => {
    const report = backtestFlow(withFrustrationThreshold(0.95), history);
    assert.deepEqual(
      report.changed.map((row) => [row.conversationId, row.verdict]),
      [
        ['a', 'would_not_escalate'],
        ['b', 'would_not_escalate'],
      ],
    );
    assert.equal(report.after.automationRate, 0.75);
    assert.deepEqual(report.after.escalationsByTrigger, { frustration: 1 });
    assert.ok(
      report.changed.every((row) => row.estimated),
      'answers the original never attempted are marked as estimates',
    );
  });

  test('lowering the threshold escalates earlier, and a new keyword escalates where nothing did', () => {
    const lower = backtestFlow(withFrustrationThreshold(0.05), history);
    assert.ok(lower.changed.every((row) => row.verdict === 'earlier' || row.verdict === 'would_escalate'));
    const flow = structuredClone(defaultFlow);
    const keywords = flow.edges.find((edge) => edge.trigger.type === 'keyword')!;
    (keywords.trigger.params as { keywords: string[] }).keywords.push('export');
    const report = backtestFlow(flow, [conversation('d', 0.2, false)]);
    assert.deepEqual(
      report.changed.map((row) => [row.verdict, row.draft?.reason, row.draft?.turn]),
      [['would_escalate', 'keyword', 0]],
    );
  });

  test('a widget action in the record replays as the action trigger', () => {
    const recorded: RecordedConversation = {
      conversationId: 'e',
      turns: [
        { kind: 'message', messageId: 'e-1', text: 'How do I reset my password?', at: at(0), analysis: calm, answer: { confidence: 0.9, abstain: false } },
        { kind: 'action', action: 'talk_to_human', at: at(1) },
      ],
      actual: { turn: 1, reason: 'action', triggerId: 'talk-to-human' },
      outcome: { humanInvolved: true, stayedResolved: true },
    };
    assert.deepEqual(backtestFlow(defaultFlow, [recorded]).changed, []);
  });
});
