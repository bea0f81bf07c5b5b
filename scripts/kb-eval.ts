/**
 * Offline knowledge-base evaluation: retrieval (top-1/top-3 right article) and abstention
 * (precision/recall, "abstain" being the positive class) on the fixture help centre, plus
 * build time and search latency on 10,000 generated chunks.
 *
 *   node --import tsx scripts/kb-eval.ts [--no-latency] [--chunks N] [--embeddings DIMENSIONS]
 *
 * --embeddings gives every synthetic chunk a random vector of that size (1536 for
 * text-embedding-3-small), to measure hybrid ranking and memory at scale.
 *
 * Exits 1 when a target is missed.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateOffline, measureRetrievalLatency, missedTargets, OFFLINE_TARGETS } from '../knowledge/knowledge-evaluation';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const chunkCountArg = args.indexOf('--chunks');
const chunkCount = chunkCountArg >= 0 ? Number(args[chunkCountArg + 1]) : 10_000;
const embeddingsArg = args.indexOf('--embeddings');
const embeddingDimensions = embeddingsArg >= 0 ? Number(args[embeddingsArg + 1]) : 0;

const evaluation = await evaluateOffline({
  helpCentreDir: path.join(root, 'test/fixtures/help-centre'),
  questionsFile: path.join(root, 'test/fixtures/kb-questions.json'),
});

const pct = (value: number) => `${(value * 100).toFixed(1)}%`;
console.log(`Help centre: ${evaluation.articles} articles, ${evaluation.chunks} chunks`);
console.log(`Questions: ${evaluation.questions} (${evaluation.answerable} answerable, ${evaluation.unanswerable} unanswerable)`);
for (const error of evaluation.fileErrors) console.log(`  skipped file: ${error}`);
console.log('');
console.log(`top-1 right article     ${pct(evaluation.top1)}   (target ≥ ${pct(OFFLINE_TARGETS.top1)})`);
console.log(`top-3 right article     ${pct(evaluation.top3)}   (target ≥ ${pct(OFFLINE_TARGETS.top3)})`);
console.log(`abstention precision    ${pct(evaluation.abstentionPrecision)}   (target ≥ ${pct(OFFLINE_TARGETS.abstentionPrecision)})`);
console.log(`abstention recall       ${pct(evaluation.abstentionRecall)}   (target ≥ ${pct(OFFLINE_TARGETS.abstentionRecall)})`);

if (evaluation.misses.length > 0) {
  console.log('\nMisses:');
  for (const miss of evaluation.misses) {
    const expected = miss.expectedArticle ?? '(abstain)';
    console.log(
      `  [${miss.kind}] ${JSON.stringify(miss.question)} expected ${expected}, got ${miss.abstained ? 'abstain' : miss.retrieved.join(', ') || 'nothing'} (score ${miss.score.toFixed(2)})`,
    );
  }
}

if (!args.includes('--no-latency')) {
  const latency = measureRetrievalLatency({
    seedChunks: evaluation.chunksBuilt,
    queries: (JSON.parse(await readFile(path.join(root, 'test/fixtures/kb-questions.json'), 'utf8')) as { question: string }[]).map((entry) => entry.question),
    count: chunkCount,
    embeddingDimensions,
  });
  const hybrid = embeddingDimensions > 0 ? ` with ${embeddingDimensions}-dimension embeddings` : '';
  console.log(
    `\nRetrieval at ${latency.chunks} chunks${hybrid}: build ${latency.buildMs.toFixed(0)} ms; search p50 ${latency.p50Ms.toFixed(2)} ms, ` +
      `p95 ${latency.p95Ms.toFixed(2)} ms, max ${latency.maxMs.toFixed(2)} ms over ${latency.queries} queries; heap ${latency.heapMb.toFixed(0)} MB`,
  );
}

const missed = missedTargets(evaluation);
if (missed.length > 0) {
  console.error(`\nTargets missed: ${missed.join('; ')}`);
  process.exit(1);
}
console.log('\nAll offline targets met.');
