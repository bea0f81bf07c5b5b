import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { PROJECT_ROOT } from './local-stack/provision';
import { commandLineOf } from './local-stack/leftover-servers';

/** Runs the fixture to its end and returns its exit code and output. */
function runCrashingProcess(how: 'throw' | 'reject', logFile: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolveRun) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'test/fixtures/crash-with-a-child-server.ts', how, logFile],
      { cwd: PROJECT_ROOT },
      (error, stdout, stderr) => resolveRun({ code: error ? ((error as { code?: number }).code ?? null) : 0, stdout, stderr }),
    );
  });
}

describe('a crash of a baton process', () => {
  const dir = mkdtempSync(join(tmpdir(), 'baton-crash-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const how of ['throw', 'reject'] as const) {
    test(`an uncaught ${how === 'throw' ? 'exception' : 'rejection'} is logged with an error id, stops the child servers and exits 1`, async () => {
      const { code, stdout, stderr } = await runCrashingProcess(how, join(dir, `${how}.log`));
      assert.equal(code, 1, stderr);
      const childPid = Number(/child server pid (\d+)/.exec(stdout)?.[1]);
      assert.ok(childPid > 0, stdout);
      assert.equal(commandLineOf(childPid), null, 'the child server is gone');
      const fatal = stderr
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as Record<string, string>)
        .find((line) => line.level === 'fatal');
      assert.ok(fatal, stderr);
      assert.match(fatal.errorId ?? '', /^[0-9a-f-]{36}$/);
      assert.match(fatal.stack ?? '', how === 'throw' ? /a callback threw/ : /a promise nobody awaited failed/);
    });
  }
});
