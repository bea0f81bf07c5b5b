/**
 * Bundles the conversation workflow code into one file (the path given), for
 * server/workflow-bundle.ts, which runs this in a child process. Writes to a temporary file
 * and renames it, so a worker never reads half a bundle.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { bundleWorkflowCode } from '@temporalio/worker';
import { WORKFLOW_INTERCEPTOR_MODULES } from './temporal-interceptors';
import { SHARED_WORKFLOW_MODULES, WORKFLOWS_PATH } from './workflow-bundle';

const target = process.argv[2];
if (!target) throw new Error('usage: build-workflow-bundle.ts <output file>');

const { code } = await bundleWorkflowCode({
  workflowsPath: WORKFLOWS_PATH,
  preloadModules: SHARED_WORKFLOW_MODULES,
  workflowInterceptorModules: WORKFLOW_INTERCEPTOR_MODULES,
  logger: {
    trace: () => undefined,
    debug: () => undefined,
    info: () => undefined,
    log: () => undefined,
    warn: (message: string) => console.warn(`[workflow bundle] ${message}`),
    error: (message: string) => console.error(`[workflow bundle] ${message}`),
  },
});
const temporary = `${target}.${process.pid}.tmp`;
writeFileSync(temporary, code);
renameSync(temporary, target);
