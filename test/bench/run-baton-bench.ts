import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../cli/local-stack/provision';

/**
 * Runs `baton bench` as a user would, printing its output as it comes (the numbers are for
 * reading, not asserting), and returns its exit code and the JSON it wrote.
 */
export async function runBatonBench(args: string[]): Promise<{ code: number; output: string; report: unknown }> {
  const dir = mkdtempSync(join(tmpdir(), 'baton-bench-test-'));
  const jsonFile = join(dir, 'report.json');
  try {
    const child = spawn(process.execPath, ['bin/baton.js', 'bench', ...args, '--json', jsonFile], {
      cwd: PROJECT_ROOT,
      // The bench starts its own stack; nothing from the test run's servers or a developer's shell leaks in.
      env: { ...process.env, NODE_ENV: 'production', OPENAI_API_KEY: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const print = (chunk: Buffer) => {
      output += chunk.toString();
      process.stdout.write(chunk);
    };
    child.stdout!.on('data', print);
    child.stderr!.on('data', print);
    const code = await new Promise<number>((resolveExit) => child.once('exit', (exitCode, signal) => resolveExit(exitCode ?? (signal ? 1 : 0))));
    let report: unknown;
    try {
      report = JSON.parse(readFileSync(jsonFile, 'utf8'));
    } catch {
      report = undefined;
    }
    return { code, output, report };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
