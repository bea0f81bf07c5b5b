import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseLabelledMessages, scoreDetectors } from './detector-metrics';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = join(root, 'test/fixtures/customer-messages.jsonl');
const messages = parseLabelledMessages(readFileSync(fixture, 'utf8'));

function runReport(path?: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/detector-report.ts', ...(path ? [path] : [])], {
    cwd: root,
    encoding: 'utf8',
  });
}

describe('the labelled customer messages', () => {
  test('hold at least 300 messages, 100 of them asking for a person or frustrated, with hard negatives', () => {
    assert.ok(messages.length >= 300, `${messages.length} messages`);
    assert.ok(messages.filter((message) => message.humanRequest || message.frustrated).length >= 100);
    assert.ok(messages.some((message) => message.text === 'How do I add a human-readable name to my API key?' && !message.humanRequest));
    assert.ok(messages.some((message) => /^I'm not frustrated, just curious/.test(message.text) && !message.frustrated));
    assert.equal(new Set(messages.map((message) => message.text)).size, messages.length, 'no duplicates');
  });

  test('the offline detectors find human requests with precision ≥ 0.95 and recall ≥ 0.90', () => {
    const { humanRequest } = scoreDetectors(messages);
    assert.ok(humanRequest.precision >= 0.95, `precision ${humanRequest.precision}`);
    assert.ok(humanRequest.recall >= 0.9, `recall ${humanRequest.recall}`);
  });

  test('scripts/detector-report.ts prints the scores and exits 0 when the targets are met', () => {
    const run = runReport();
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /human request\s+precision\s+\d/);
    assert.match(run.stdout, /frustration ≥ 0\.7\s+precision\s+\d/);
  });

  test('scripts/detector-report.ts exits 1 when human-request detection misses its targets', () => {
    const dir = mkdtempSync(join(tmpdir(), 'baton-detectors-'));
    try {
      const mislabelled = join(dir, 'mislabelled.jsonl');
      writeFileSync(
        mislabelled,
        ['Can I speak to a human?', 'Where is my invoice?']
          .map((text) => JSON.stringify({ text, humanRequest: text.startsWith('Where'), frustrated: false }))
          .join('\n'),
      );
      const run = runReport(mislabelled);
      assert.equal(run.status, 1, run.stdout + run.stderr);
      assert.match(run.stdout, /NOT met/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
