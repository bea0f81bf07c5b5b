import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import { PROJECT_ROOT } from '../../cli/local-stack/provision';
import type { Settings } from '../../config/settings';
import { testServers } from './test-servers';
import { waitUntil } from './wait-until';

const execFileAsync = promisify(execFile);

export type CommandRun = { code: number; stdout: string; stderr: string };

/** Runs a command to its end from the project folder; a non-zero exit is a result to assert on, not a failure. */
export function runCommand(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<CommandRun> {
  return execFileAsync(command, args, { cwd: PROJECT_ROOT, env: { ...process.env, ...env } }).then(
    (result) => ({ code: 0, ...result }),
    (error: CommandRun) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
}

/** `baton …` as an operator's terminal runs it, on a test's Temporal server, database and task queue. */
export const batonCli =
  (settings: Pick<Settings, 'mongo' | 'temporal'>) =>
  (...args: string[]): Promise<CommandRun> =>
    runCommand(process.execPath, ['bin/baton.js', ...args], {
      TEMPORAL_ADDRESS: testServers().temporalAddress,
      MONGODB_URI: `${testServers().mongoUri.replace(/\/$/, '')}/${settings.mongo.database}`,
      BATON_TASK_QUEUE: settings.temporal.taskQueue,
    });

/** Deletes a workflow as Temporal's retention would, with the real Temporal CLI, and waits until it is gone. */
export async function deleteFromTemporal(temporal: Client, workflowId: string): Promise<void> {
  const deleted = await runCommand(testServers().temporalBinary, [
    'workflow',
    'delete',
    '--workflow-id',
    workflowId,
    '--address',
    testServers().temporalAddress,
  ]);
  if (deleted.code !== 0) throw new Error(`temporal workflow delete failed: ${deleted.stderr}`);
  await waitUntil(
    () =>
      temporal.workflow
        .getHandle(workflowId)
        .describe()
        .then(
          () => false,
          (error: unknown) => error instanceof WorkflowNotFoundError,
        ),
    `Temporal to delete ${workflowId}`,
    // Temporal deletes asynchronously, through its own task queue: on a busy dev server this takes tens of seconds.
    120_000,
  );
}
