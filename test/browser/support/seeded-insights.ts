import type { MessageAnalysis } from '../../../machines';
import type { SeededConversation } from '../../support/seed-history';

/**
 * The history of test/insights/insights.test.ts, moved to fall in the last days before the test
 * runs, since the pages ask for "the last 7 / 30 days". Moving whole days keeps every figure of
 * the week (the hour-of-day and weekday charts aside): 5 conversations, automation 20 %,
 * escalations 60 % (human_request, keyword, no_answer: one each), AI first response p50 2 s,
 * time to claim p50 30 s and p90 2 min, resolution p50 30 min, and "Do you sell chairs?" unanswered.
 * The frustration conversations sit 19 days back: inside the backtest's 30 days, outside the
 * dashboard's 7.
 */

const calm: MessageAnalysis = { asksForHuman: false, humanRequestScore: 0, frustration: 0.1, saysNotHelpful: false, signals: [] };
const answered = { confidence: 0.9, abstain: false };

/** The week as the insights test has it, from Monday 2026-11-02. */
const RECORDED_WEEK_START = Date.parse('2026-11-02T00:00:00Z');
const RECORDED_WEEK: SeededConversation[] = [
  {
    id: 'm1', // day 0, 10:00: answered, closed by inactivity: automated
    createdAt: '2026-11-02T10:00:00Z',
    entries: [
      { kind: 'CUSTOMER', text: 'How do I reset my password?', at: '2026-11-02T10:00:00Z', analysis: calm, answer: answered },
      {
        kind: 'AI',
        text: 'Go to the sign-in page…',
        at: '2026-11-02T10:00:02Z',
        citations: [{ articleId: 'a1', title: 'Reset your password', url: 'https://help.lumen.example/reset' }],
      },
    ],
    transitions: [{ at: '2026-11-02T10:30:00Z', to: 'resolved', status: 'RESOLVED', triggerType: 'inactivity' }],
  },
  {
    id: 'm2', // day 0, 11:00: resolved, then reopened within 24 h: not automated
    createdAt: '2026-11-02T11:00:00Z',
    entries: [
      { kind: 'CUSTOMER', text: 'How do I export my data?', at: '2026-11-02T11:00:00Z', analysis: calm, answer: answered },
      {
        kind: 'AI',
        text: 'Open Settings…',
        at: '2026-11-02T11:00:04Z',
        citations: [{ articleId: 'a2', title: 'Export your data', url: 'https://help.lumen.example/export' }],
      },
      { kind: 'CUSTOMER', text: 'And to CSV?', at: '2026-11-02T12:00:00Z', analysis: calm, answer: answered },
    ],
    transitions: [
      { at: '2026-11-02T11:30:00Z', to: 'resolved', status: 'RESOLVED', triggerType: 'inactivity' },
      { at: '2026-11-02T12:00:00Z', to: 'aiAnswering', status: 'AI_ANSWERING', triggerType: 'customer_message' },
    ],
  },
  {
    id: 'm3', // day 0, 14:00: asks for a human, claimed after 120 s, first reply after 180 s, resolved at 14:10
    createdAt: '2026-11-02T14:00:00Z',
    entries: [
      { kind: 'CUSTOMER', text: 'I want a human', at: '2026-11-02T14:00:00Z', analysis: { ...calm, asksForHuman: true } },
      { kind: 'AGENT', text: 'Hi, Sam here', at: '2026-11-02T14:03:10Z', authorName: 'Sam Agent' },
    ],
    transitions: [
      { at: '2026-11-02T14:00:10Z', to: 'awaitingHuman', status: 'AWAITING_HUMAN', triggerType: 'human_request' },
      { at: '2026-11-02T14:02:10Z', to: 'humanActive', status: 'HUMAN_ACTIVE', triggerType: 'agent_claim' },
      { at: '2026-11-02T14:10:00Z', to: 'resolved', status: 'RESOLVED', triggerType: 'resolve' },
    ],
  },
  {
    id: 'm4', // day 5, 03:00: the help centre has no answer; never claimed
    createdAt: '2026-11-07T03:00:00Z',
    entries: [{ kind: 'CUSTOMER', text: 'Do you sell chairs?', at: '2026-11-07T03:00:00Z', analysis: calm, answer: { confidence: 0.1, abstain: true } }],
    transitions: [{ at: '2026-11-07T03:00:05Z', to: 'awaitingHuman', status: 'AWAITING_HUMAN', triggerType: 'no_answer' }],
  },
  {
    id: 'm5', // day 1, 09:30: a watched keyword, claimed after 30 s
    createdAt: '2026-11-03T09:30:00Z',
    entries: [{ kind: 'CUSTOMER', text: 'I need a refund', at: '2026-11-03T09:30:00Z', analysis: calm }],
    transitions: [
      { at: '2026-11-03T09:30:01Z', to: 'awaitingHuman', status: 'AWAITING_HUMAN', triggerType: 'keyword' },
      { at: '2026-11-03T09:30:31Z', to: 'humanActive', status: 'HUMAN_ACTIVE', triggerType: 'agent_claim' },
    ],
  },
];

/** Escalated on frustration when the score reached the default threshold of 0.7; answered otherwise. */
function frustrationConversation(id: string, frustration: number): SeededConversation {
  const escalates = frustration >= 0.7;
  return {
    id,
    createdAt: '2026-10-20T10:00:00Z',
    entries: [
      { kind: 'CUSTOMER', text: 'How do I connect Slack?', at: '2026-10-20T10:00:00Z', analysis: calm, answer: answered },
      { kind: 'AI', text: 'Open Integrations…', at: '2026-10-20T10:00:01Z' },
      {
        kind: 'CUSTOMER',
        text: 'It still does not work',
        at: '2026-10-20T10:05:00Z',
        analysis: { ...calm, frustration },
        ...(escalates ? {} : { answer: answered }),
      },
    ],
    transitions: escalates ? [{ at: '2026-10-20T10:05:01Z', to: 'awaitingHuman', status: 'AWAITING_HUMAN', triggerType: 'frustration' }] : [],
  };
}

const FRUSTRATION = [
  frustrationConversation('f-0.80', 0.8),
  frustrationConversation('f-0.93', 0.93),
  frustrationConversation('f-0.97', 0.97),
  frustrationConversation('f-calm', 0.2),
];

/** The conversations that escalated on frustration between 0.7 and 0.95: a 0.95 threshold would not escalate them. */
export const BETWEEN_07_AND_095 = ['f-0.80', 'f-0.93'];

const DAY_MS = 86_400_000;

function shifted(conversation: SeededConversation, by: number): SeededConversation {
  const move = (at: string) => new Date(Date.parse(at) + by).toISOString();
  return {
    ...conversation,
    createdAt: move(conversation.createdAt),
    entries: conversation.entries.map((entry) => ({ ...entry, at: move(entry.at) })),
    transitions: conversation.transitions.map((transition) => ({ ...transition, at: move(transition.at) })),
  };
}

/** The week, starting six UTC midnights before `now` (so its last conversation is a day old), and the frustration conversations 19 days back. */
export function recentHistory(now: Date = new Date()): SeededConversation[] {
  const weekStart = Math.floor(now.getTime() / DAY_MS) * DAY_MS - 6 * DAY_MS;
  const by = weekStart - RECORDED_WEEK_START;
  return [...RECORDED_WEEK, ...FRUSTRATION].map((conversation) => shifted(conversation, by));
}
