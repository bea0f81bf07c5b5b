import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { PROJECT_ROOT } from '../config/paths';
import { evaluateOffline, measureRetrievalLatency, missedTargets } from './knowledge-evaluation';

const root = PROJECT_ROOT;

test('the offline mode meets its retrieval and abstention targets on the fixture help centre', async () => {
  const evaluation = await evaluateOffline({
    helpCentreDir: path.join(root, 'test/fixtures/help-centre'),
    questionsFile: path.join(root, 'test/fixtures/kb-questions.json'),
  });
  assert.ok(evaluation.articles >= 25, `${evaluation.articles} articles`);
  assert.ok(evaluation.questions >= 100, `${evaluation.questions} questions`);
  assert.ok(evaluation.unanswerable >= 20, `${evaluation.unanswerable} unanswerable questions`);
  assert.deepEqual(evaluation.fileErrors, []);
  assert.deepEqual(missedTargets(evaluation), [], JSON.stringify(evaluation.misses, null, 2));
});

test('the latency benchmark builds an index of the requested size and reports percentiles', async () => {
  const evaluation = await evaluateOffline({
    helpCentreDir: path.join(root, 'test/fixtures/help-centre'),
    questionsFile: path.join(root, 'test/fixtures/kb-questions.json'),
  });
  const report = measureRetrievalLatency({ seedChunks: evaluation.chunksBuilt, queries: ['reset password', 'export data'], count: 500, rounds: 1 });
  assert.equal(report.chunks, 500);
  assert.equal(report.queries, 2);
  assert.ok(report.p50Ms <= report.p95Ms && report.p95Ms <= report.maxMs);
});
