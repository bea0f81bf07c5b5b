/**
 * How to read one page of a conversation's timeline from the local FerretDB: one
 * `find({ _id: { $in: ids } })`, one `findOne` per entry (all at once), or the query by
 * `{ conversationId, seq }`, for a 62- and a 500-entry conversation among other conversations'
 * entries. Also checks which aggregation stages and accumulators the metrics may use.
 * Starts a FerretDB of its own in a temporary folder.
 *
 *   node --import tsx bench/experiments/timeline-page-read.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import { startFerretDb } from '../../cli/local-stack/ferretdb-server';
import { findFreePort } from '../../cli/local-stack/managed-process';
import { provisionBinaries } from '../../cli/local-stack/provision';
import { formatTable } from '../report/format-table';

type Entry = {
  _id: string;
  conversationId: string;
  workspaceId: string;
  seq: number;
  kind: string;
  text: string;
  at: Date;
  citations: { title: string; url: string }[];
};

const OTHER_ENTRIES = [2_000, 20_000];
const PAGE_SIZES = [62, 200, 500];
const ROUNDS = 15;

const dir = mkdtempSync(join(tmpdir(), 'baton-timeline-read-'));
const { ferretdb: binary } = await provisionBinaries(['ferretdb']);
const port = await findFreePort();
const server = await startFerretDb({ binary, dataDir: dir, port });
const client = await MongoClient.connect(`mongodb://127.0.0.1:${port}/`);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
async function timed(run: () => Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const startedAt = performance.now();
    await run();
    samples.push(performance.now() - startedAt);
  }
  return median(samples);
}

try {
  const db = client.db('experiment');
  const messages = db.collection<Entry>('messages');
  const entry = (conversationId: string, seq: number): Entry => ({
    _id: `${conversationId}:${seq}`,
    conversationId,
    workspaceId: 'w1',
    seq,
    kind: seq % 2 ? 'CUSTOMER' : 'AI',
    text: 'How do I reset my password? Go to Settings → Security and click Reset password. '.repeat(3),
    at: new Date(Date.UTC(2026, 10, 1) + seq * 1000),
    citations: seq % 2 ? [] : [{ title: 'Reset your password', url: 'https://help.example/reset' }],
  });
  for (const size of PAGE_SIZES) await messages.insertMany(Array.from({ length: size }, (_, index) => entry(`target-${size}`, index + 1)));

  const explain = await messages.find({ _id: { $in: ['target-62:1', 'target-62:2'] } }).explain();
  console.log(`$in on _id: filterPushdown ${String((explain as { filterPushdown?: unknown }).filterPushdown)}`);
  const explainOne = await messages.find({ _id: 'target-62:1' }).explain();
  console.log(`lone _id: filterPushdown ${String((explainOne as { filterPushdown?: unknown }).filterPushdown)}`);

  const rows: string[][] = [['other entries', 'page', 'find $in (ms)', 'findOne × N (ms)', '{conversationId, seq} (ms)']];
  let stored = 0;
  for (const others of OTHER_ENTRIES) {
    const batch: Entry[] = [];
    for (; stored < others; stored += 1) batch.push(entry(`c${Math.floor(stored / 8)}`, (stored % 8) + 1));
    if (batch.length) await messages.insertMany(batch);
    for (const size of PAGE_SIZES) {
      const ids = Array.from({ length: size }, (_, index) => `target-${size}:${index + 1}`);
      const byIn = await timed(() => messages.find({ _id: { $in: ids } }).toArray());
      const byOne = await timed(() => Promise.all(ids.map((id) => messages.findOne({ _id: id }))));
      const byQuery = await timed(() =>
        messages
          .find({ conversationId: `target-${size}`, seq: { $gt: 0 } })
          .sort({ seq: 1 })
          .toArray(),
      );
      rows.push([String(others), String(size), byIn.toFixed(1), byOne.toFixed(1), byQuery.toFixed(1)]);
    }
  }
  console.log(formatTable(rows));

  // What the metrics may aggregate in the database.
  const stages: [string, object[]][] = [
    [
      '$match + $group $min/$sum',
      [{ $match: { workspaceId: 'w1' } }, { $group: { _id: { c: '$conversationId', k: '$kind' }, first: { $min: '$at' }, n: { $sum: 1 } } }],
    ],
    ['$group $push', [{ $match: { workspaceId: 'w1' } }, { $group: { _id: '$conversationId', at: { $push: '$at' } } }]],
    [
      '$unwind + $group',
      [
        { $match: { kind: 'AI' } },
        { $unwind: '$citations' },
        { $group: { _id: { c: '$conversationId', t: '$citations.title', u: '$citations.url' }, n: { $sum: 1 } } },
      ],
    ],
    ['$project', [{ $match: { kind: 'AI' } }, { $project: { conversationId: 1, at: 1 } }, { $limit: 1 }]],
  ];
  for (const [name, pipeline] of stages) {
    const startedAt = performance.now();
    const result = await messages
      .aggregate(pipeline)
      .toArray()
      .then((docs) => `${docs.length} rows`)
      .catch((error: Error) => `unsupported: ${error.message}`);
    console.log(`${name}: ${result} in ${(performance.now() - startedAt).toFixed(1)} ms`);
  }
} finally {
  await client.close();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
