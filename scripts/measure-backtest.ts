/**
 * Times a backtest over 1,000 recorded conversations (loading from MongoDB included), in a
 * scratch database on the MongoDB of a running `baton start` (or MONGODB_URI), dropped after.
 *   node --import tsx scripts/measure-backtest.ts [conversations=1000]
 */
import { backtestFlow, defaultFlow, type MessageAnalysis } from '../machines';
import { loadRecordedConversations } from '../insights/load-insights';
import { loadSettings } from '../config/settings';
import { connectDatabase } from '../store/database';
import { DEMO_WORKSPACE } from '../server/seed-demo';
import { seedHistory, type SeededConversation } from '../test/support/seed-history';

const count = Number(process.argv[2] ?? 1000);
const settings = loadSettings();
const db = await connectDatabase(settings.mongo.uri ?? `mongodb://127.0.0.1:${settings.mongo.localPort}/`, `baton_backtest_${Date.now()}`);
try {
  const calm: MessageAnalysis = { asksForHuman: false, humanRequestScore: 0, frustration: 0.1, saysNotHelpful: false, signals: [] };
  const day = Date.UTC(2026, 10, 2);
  const history: SeededConversation[] = Array.from({ length: count }, (_, index) => {
    const start = day + index * 60_000;
    const frustration = (index % 100) / 100;
    const escalates = frustration >= 0.7;
    const at = (offset: number) => new Date(start + offset * 1000).toISOString();
    return {
      id: `b${index}`,
      createdAt: at(0),
      entries: [
        { kind: 'CUSTOMER', text: 'How do I export my data?', at: at(0), analysis: calm, answer: { confidence: 0.9, abstain: false } },
        { kind: 'AI', text: 'Open Settings…', at: at(1) },
        {
          kind: 'CUSTOMER',
          text: 'That did not work',
          at: at(30),
          analysis: { ...calm, frustration },
          ...(escalates ? {} : { answer: { confidence: 0.8, abstain: false } }),
        },
      ],
      transitions: escalates ? [{ at: at(31), to: 'awaitingHuman', status: 'AWAITING_HUMAN' as const, triggerType: 'frustration' }] : [],
    };
  });
  await seedHistory(db, history);
  const draft = structuredClone(defaultFlow);
  (draft.edges.find((edge) => edge.trigger.type === 'frustration')!.trigger.params as { threshold: number }).threshold = 0.95;
  const started = performance.now();
  const recorded = await loadRecordedConversations(db, DEMO_WORKSPACE.id, { limit: count });
  const loaded = performance.now();
  const report = backtestFlow(draft, recorded);
  const done = performance.now();
  console.log(
    `backtest over ${recorded.length} conversations: ${((done - started) / 1000).toFixed(2)} s (load ${((loaded - started) / 1000).toFixed(2)} s, replay ${((done - loaded) / 1000).toFixed(2)} s); ${report.changed.length} would change`,
  );
} finally {
  await db.db.dropDatabase();
  await db.close();
}
