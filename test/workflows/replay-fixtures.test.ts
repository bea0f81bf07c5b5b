import { workflowSinks } from '../../server/temporal-interceptors';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { Worker } from '@temporalio/worker';
import { PROJECT_ROOT } from '../../cli/local-stack/provision';
import { conversationWorkflowBundle } from '../../server/conversation-worker';

const FIXTURES = join(PROJECT_ROOT, 'test', 'fixtures', 'histories');

test("every recorded conversation history replays on today's workflow code without nondeterminism", async () => {
  const files = readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.json'))
    .sort();
  assert.ok(files.length >= 3, `expected recorded histories in ${FIXTURES}, found ${files.length}`);
  const histories = files.map((file) => ({
    workflowId: file.replace(/\.json$/, ''),
    history: historyFromJSON(JSON.parse(readFileSync(join(FIXTURES, file), 'utf8'))),
  }));
  const workflowBundle = await conversationWorkflowBundle();
  const failures: string[] = [];
  let replayed = 0;
  for await (const result of Worker.runReplayHistories({ workflowBundle, replayName: 'fixtures', sinks: workflowSinks() }, histories)) {
    replayed += 1;
    if (result.error) failures.push(`${result.workflowId}: ${result.error.message}`);
  }
  assert.equal(replayed, files.length);
  assert.deepEqual(failures, []);
});
