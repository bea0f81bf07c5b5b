/**
 * How the local read model store behaves under Baton's query mix, apart from everything else:
 * the timeline read (`messages` by conversationId, ordered by seq), a read by _id, an entry
 * insert and a conversation update, at growing collection sizes and concurrency. Starts a
 * FerretDB of its own in a temporary folder.
 *
 *   node --import tsx bench/experiments/ferretdb-read-model.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import { startFerretDb } from '../../cli/local-stack/ferretdb-server';
import { findFreePort } from '../../cli/local-stack/managed-process';
import { provisionBinaries } from '../../cli/local-stack/provision';
import { summarizeLatencies } from '../measure/latency-stats';
import { formatTable } from '../report/format-table';

const ENTRIES_PER_CONVERSATION = 4;
const SIZES = [500, 2_000, 8_000];
const CONCURRENCY = [1, 8, 32, 128];
const SECONDS_PER_LEVEL = 8;

type Entry = { _id: string; conversationId: string; seq: number; kind: string; text: string; at: Date };

const dir = mkdtempSync(join(tmpdir(), 'baton-ferretdb-experiment-'));
const { ferretdb: binary } = await provisionBinaries(['ferretdb']);
const port = await findFreePort();
const server = await startFerretDb({ binary, dataDir: dir, port });
const client = await MongoClient.connect(`mongodb://127.0.0.1:${port}/`);
try {
  const db = client.db('experiment');
  const messages = db.collection<Entry>('messages');
  const conversations = db.collection<{ _id: string; stepVersion: number; updatedAt: Date }>('conversations');
  await messages.createIndex({ conversationId: 1, seq: 1 });
  const plan = await messages.find({ conversationId: 'c0' }).sort({ seq: 1 }).explain();
  console.log(
    `timeline query plan: ${JSON.stringify((plan as { queryPlanner?: unknown }).queryPlanner)}, filterPushdown ${String((plan as { filterPushdown?: unknown }).filterPushdown)}`,
  );

  let stored = 0;
  const entry = (index: number): Entry => ({
    _id: `m${index}`,
    conversationId: `c${Math.floor(index / ENTRIES_PER_CONVERSATION)}`,
    seq: (index % ENTRIES_PER_CONVERSATION) + 1,
    kind: index % 2 ? 'AI' : 'CUSTOMER',
    text: 'How do I reset my password? Go to Settings → Security and click Reset password. '.repeat(3),
    at: new Date(),
  });
  const rows: string[][] = [['stored entries', 'concurrency', 'ops/s', 'timeline read p50', 'read by _id p50', 'insert p50', 'update p50']];
  for (const size of SIZES) {
    const batch: Entry[] = [];
    while (stored < size) batch.push(entry(stored++));
    await messages.insertMany(batch);
    await conversations.insertMany(
      Array.from({ length: size / ENTRIES_PER_CONVERSATION }, (_, index) => ({ _id: `c${index}`, stepVersion: 0, updatedAt: new Date() })).slice(
        (size - batch.length) / ENTRIES_PER_CONVERSATION,
      ),
    );
    for (const concurrency of CONCURRENCY) {
      const timings: Record<string, number[]> = { timeline: [], byId: [], insert: [], update: [] };
      let operations = 0;
      let extra = 0;
      const until = performance.now() + SECONDS_PER_LEVEL * 1000;
      const timed = async (kind: string, run: () => Promise<unknown>) => {
        const startedAt = performance.now();
        await run();
        timings[kind]!.push(performance.now() - startedAt);
        operations += 1;
      };
      await Promise.all(
        Array.from({ length: concurrency }, async (_, worker) => {
          for (let round = 0; performance.now() < until; round += 1) {
            const conversationId = `c${(worker * 31 + round * 7) % (size / ENTRIES_PER_CONVERSATION)}`;
            // One message's worth of Baton's reads and writes, roughly: reads dominate (every subscriber re-reads).
            await timed('timeline', () =>
              messages
                .find({ conversationId, seq: { $gt: 0 } })
                .sort({ seq: 1 })
                .toArray(),
            );
            await timed('byId', () => conversations.findOne({ _id: conversationId }));
            await timed('insert', () => messages.insertOne({ ...entry(0), _id: `x${worker}-${round}-${extra++}`, conversationId: `extra-${worker}` }));
            await timed('update', () => conversations.updateOne({ _id: conversationId }, { $set: { updatedAt: new Date() }, $inc: { stepVersion: 1 } }));
          }
        }),
      );
      await messages.deleteMany({ conversationId: { $regex: '^extra-' } });
      const p50 = (kind: string) => `${summarizeLatencies(timings[kind]!).p50.toFixed(1)} ms`;
      rows.push([String(size), String(concurrency), (operations / SECONDS_PER_LEVEL).toFixed(0), p50('timeline'), p50('byId'), p50('insert'), p50('update')]);
      console.log(`${size} entries, ${concurrency} concurrent: ${(operations / SECONDS_PER_LEVEL).toFixed(0)} ops/s`);
    }
  }
  console.log(`\n${formatTable(rows)}`);
} finally {
  await client.close();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
