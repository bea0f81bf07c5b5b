import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { WorkflowBundlePath } from '@temporalio/worker';
import { PROJECT_ROOT } from '../config/paths';

export const WORKFLOWS_PATH = fileURLToPath(new URL('../workflows/index.ts', import.meta.url));
/**
 * Loaded once per worker thread and shared by every workflow in it (see the file). Each module a
 * workflow imports is otherwise evaluated again, and kept, for every cached conversation.
 */
export const SHARED_WORKFLOW_MODULES = [fileURLToPath(new URL('../workflows/shared-libraries.ts', import.meta.url))];

const BUNDLE_DIR = join(PROJECT_ROOT, '.baton', 'workflow-bundles');
/** What workflow code may import (its own folder and machines/: the bundle must stay deterministic), the libraries' versions (the lockfile) and how it is bundled. */
const SOURCES = [
  'workflows',
  'machines',
  'package-lock.json',
  'server/workflow-bundle.ts',
  'server/build-workflow-bundle.ts',
  'server/temporal-interceptors.ts',
];
const BUILDER = fileURLToPath(new URL('./build-workflow-bundle.ts', import.meta.url));

let prepared: Promise<WorkflowBundlePath> | undefined;

/**
 * The conversation workflow bundle as a file, built once per version of the workflow code and
 * kept in .baton/workflow-bundles (git-ignored). Webpack runs in a child process: bundling in the
 * worker kept ~170 MB of the bundler's memory resident for the worker's whole life.
 */
export function conversationWorkflowBundle(): Promise<WorkflowBundlePath> {
  prepared ??= prepare().catch((error: unknown) => {
    prepared = undefined;
    throw error;
  });
  return prepared;
}

async function prepare(): Promise<WorkflowBundlePath> {
  const codePath = join(BUNDLE_DIR, `conversation-${sourceHash()}.js`);
  if (!existsSync(codePath)) {
    mkdirSync(BUNDLE_DIR, { recursive: true });
    await buildInChildProcess(codePath);
  }
  return { codePath };
}

function sourceHash(): string {
  const hash = createHash('sha256');
  const visit = (path: string) => {
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) visit(join(path, name));
    } else if (!path.endsWith('.test.ts')) {
      hash.update(relative(PROJECT_ROOT, path)).update('\0').update(readFileSync(path)).update('\0');
    }
  };
  for (const source of SOURCES) visit(join(PROJECT_ROOT, source));
  return hash.digest('hex').slice(0, 16);
}

function buildInChildProcess(codePath: string): Promise<void> {
  return new Promise((resolveBuild, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', BUILDER, codePath], { cwd: PROJECT_ROOT, stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolveBuild() : reject(new Error(`Bundling the workflow code failed (exit ${code}):\n${stderr.trim().split('\n').slice(-20).join('\n')}`)),
    );
  });
}
