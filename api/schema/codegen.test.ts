import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import type { CodegenConfig } from '@graphql-codegen/cli';
import webClientsConfig from '../../studio/codegen';
import serverConfig from './codegen';

const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The committed files that differ from what codegen makes of today's schema and operations (nothing is written). */
async function staleOutputs(config: CodegenConfig): Promise<string[]> {
  const outputs: { filename: string; content: string }[] = await generate({ ...config, cwd: PROJECT_ROOT, silent: true }, false);
  assert.ok(outputs.length > 0, 'codegen produced no output');
  return outputs
    .filter(({ filename, content }) => {
      const committed = join(PROJECT_ROOT, filename);
      return !existsSync(committed) || readFileSync(committed, 'utf8') !== content;
    })
    .map(({ filename }) => filename);
}

describe('npm run codegen has nothing left to change', () => {
  test("the server's resolver types match the schema files, so a handler cannot drift from the SDL unnoticed", async () => {
    assert.deepEqual(await staleOutputs(serverConfig), [], 'out of date with api/schema/*.graphql: run `npm run codegen` and commit the result');
  });

  test("the web pages' operation types match the schema files and the pages' operations", async () => {
    assert.deepEqual(await staleOutputs(webClientsConfig), [], 'out of date: run `npm run codegen` and commit the result');
  });
});
