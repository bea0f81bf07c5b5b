import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { computeMetrics } from '../../insights/conversation-metrics';
import { loadMetricsInput } from '../../insights/load-insights';
import { connectDatabase, type BatonDb } from '../../store/database';
import type { ConversationStatus, TimelineEntryDoc } from '../../store/documents';
import { seedHistory, type SeededConversation } from '../support/seed-history';
import { testServers } from '../support/test-servers';
import { DEMO_WORKSPACE } from '../../server/seed-demo';

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const ARTICLES = [
  { articleId: 'a1', title: 'Reset your password', url: 'https://help.example/reset' },
  { articleId: 'a2', title: 'Export your data', url: 'https://help.example/export' },
  { articleId: 'a3', title: 'Billing', url: null },
];
const QUESTIONS = ['Do you sell chairs?', 'do you sell chairs', 'Can I pay in gold?', 'Where is the office?'];

/** Conversations with every kind of entry and transition the measures look at, at random times around the range. */
function history(count: number, next: () => number): SeededConversation[] {
  const start = Date.UTC(2026, 9, 25);
  return Array.from({ length: count }, (_, index) => {
    const createdAt = start + Math.floor(next() * 20 * 86_400_000);
    const at = (offset: number) => new Date(createdAt + offset * 1000).toISOString();
    const entries: SeededConversation['entries'] = [];
    const transitions: SeededConversation['transitions'] = [];
    let clock = 0;
    for (let turn = 0; turn < 1 + Math.floor(next() * 5); turn += 1) {
      clock += 1 + Math.floor(next() * 600);
      const abstain = next() < 0.3;
      entries.push({
        kind: 'CUSTOMER',
        text: abstain ? QUESTIONS[Math.floor(next() * QUESTIONS.length)]! : `question ${index}.${turn}`,
        at: at(clock),
        answer: { confidence: abstain ? 0.1 : 0.9, abstain },
      });
      clock += 1 + Math.floor(next() * 10);
      const roll = next();
      if (roll < 0.5) entries.push({ kind: 'AI', text: 'answer', at: at(clock), citations: ARTICLES.filter(() => next() < 0.5) });
      else if (roll < 0.7) {
        transitions.push({ at: at(clock), to: 'awaitingHuman', status: 'AWAITING_HUMAN', triggerType: next() < 0.5 ? 'human_request' : 'no_answer' });
        clock += Math.floor(next() * 3000);
        transitions.push({ at: at(clock), to: 'humanActive', status: 'HUMAN_ACTIVE', triggerType: 'agent_claim' });
        clock += Math.floor(next() * 300);
        entries.push({ kind: 'AGENT', text: 'agent here', at: at(clock), authorName: 'Sam Agent' });
        if (next() < 0.3) entries.push({ kind: 'NOTE', text: 'a note', at: at(clock + 1), authorName: 'Sam Agent' });
      }
    }
    if (next() < 0.6) {
      const status: ConversationStatus = 'RESOLVED';
      transitions.push({ at: at(clock + 60), to: 'resolved', status, triggerType: 'resolve' });
      if (next() < 0.2) transitions.push({ at: at(clock + 120), to: 'aiAnswering', status: 'AI_ANSWERING', triggerType: 'customer_message' });
    }
    return { id: `r${index}`, createdAt: new Date(createdAt).toISOString(), entries, transitions };
  });
}

describe('the metrics loader', () => {
  let db: BatonDb;
  before(async () => {
    db = await connectDatabase(testServers().mongoUri, `t_metrics_loader_${randomUUID().slice(0, 8)}`);
  });
  after(async () => {
    await db.db.dropDatabase().catch(() => undefined);
    await db.close();
  });

  test('reading only what the measures need gives the same metrics as reading every entry whole', async () => {
    const seeded = history(180, random(7));
    await seedHistory(db, seeded);
    const range = { from: new Date('2026-11-01T00:00:00Z'), to: new Date('2026-11-08T00:00:00Z') };

    const everything = await db.conversations.find({ workspaceId: DEMO_WORKSPACE.id, createdAt: { $gte: range.from, $lt: range.to } }).toArray();
    assert.ok(everything.length > 20, 'the range holds a good share of the conversations');
    const ids = new Set(everything.map((conversation) => conversation._id));
    const entries: TimelineEntryDoc[] = (await db.messages.find({ kind: { $in: ['CUSTOMER', 'AI', 'AGENT'] } }).toArray()).filter((entry) =>
      ids.has(entry.conversationId),
    );
    const expected = computeMetrics({ conversations: everything, entries, businessHours: null });

    assert.deepEqual(computeMetrics(await loadMetricsInput(db, DEMO_WORKSPACE.id, range)), expected);
    assert.ok(
      expected.topCitedArticles.length > 0 && expected.unansweredQuestions.length > 0 && expected.humanFirstResponseSeconds.count > 0,
      'every measure has data',
    );
  });
});
